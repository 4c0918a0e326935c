-- The function's argument is renamed, so it is dropped and created again (PostgreSQL refuses CREATE OR
-- REPLACE); PostgreSQL also refuses to drop it while a domain's check or default, a trigger's WHEN
-- condition or a policy calls it: each goes before the drop and comes back after the creation. The
-- new column g fills the existing row with the domain's default: it waits for the default to be back.
CREATE FUNCTION positive(w integer) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN w > 0;
CREATE DOMAIN pos AS integer CHECK (positive(VALUE));
CREATE DOMAIN flag AS boolean DEFAULT positive(1);
CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.m := NEW.m + 100; RETURN NEW; END $$;
CREATE TABLE t (id integer PRIMARY KEY, n pos, m integer, f flag, g flag);
CREATE TRIGGER t_stamp BEFORE UPDATE ON t FOR EACH ROW WHEN (positive(NEW.m)) EXECUTE FUNCTION stamp();
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE POLICY only_positive ON t USING (positive(m));
