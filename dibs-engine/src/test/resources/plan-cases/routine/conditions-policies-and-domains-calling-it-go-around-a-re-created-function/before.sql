CREATE FUNCTION positive(v integer) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN v > 0;
CREATE DOMAIN pos AS integer CHECK (positive(VALUE));
CREATE DOMAIN flag AS boolean DEFAULT positive(1);
CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.m := NEW.m + 100; RETURN NEW; END $$;
CREATE TABLE t (id integer PRIMARY KEY, n pos, m integer, f flag);
CREATE TRIGGER t_stamp BEFORE UPDATE ON t FOR EACH ROW WHEN (positive(NEW.m)) EXECUTE FUNCTION stamp();
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE POLICY only_positive ON t USING (positive(m));
INSERT INTO t VALUES (1, 2, 3);
