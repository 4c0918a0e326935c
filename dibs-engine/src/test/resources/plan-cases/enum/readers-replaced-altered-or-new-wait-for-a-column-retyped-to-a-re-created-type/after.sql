-- mood is created again (a label moved), once the table old that uses it is dropped: among the
-- last steps, so n's retyping to it waits long. The view replaced to read n, the policy altered to
-- read it and the new trigger on UPDATE OF n wait for the retyping: before it, PostgreSQL would
-- refuse the ALTER TYPE under them.
CREATE TYPE mood AS ENUM ('sad', 'ok', 'glad');
CREATE TABLE t (id integer PRIMARY KEY, n mood, k integer);
CREATE VIEW v AS SELECT id, n FROM t;
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON t USING (n IS NOT NULL);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER t_n BEFORE UPDATE OF n ON t FOR EACH ROW EXECUTE FUNCTION touch();
