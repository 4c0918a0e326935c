CREATE TABLE t (id int PRIMARY KEY, a int, b int);
-- a column before the last: CREATE OR REPLACE VIEW cannot, so the view is dropped with its trigger
CREATE VIEW v AS SELECT id, a, b FROM t;
CREATE FUNCTION ins() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO t (id) VALUES (NEW.id); RETURN NEW; END $$;
-- the hinted rename gives way: the trigger goes with its view and is created under its new name
-- dibs:renamed-from v_old
CREATE TRIGGER v_insert INSTEAD OF INSERT ON v FOR EACH ROW EXECUTE FUNCTION ins();
