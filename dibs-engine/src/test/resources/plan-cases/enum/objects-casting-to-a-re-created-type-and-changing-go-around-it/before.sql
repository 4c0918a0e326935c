CREATE TYPE e AS ENUM ('a', 'b', 'c');
CREATE DOMAIN dt AS text DEFAULT ('a'::e)::text;
CREATE TABLE t (id int PRIMARY KEY, k e);
CREATE TABLE u (id int PRIMARY KEY, s text, x text DEFAULT ('a'::e)::text, y text DEFAULT ('b'::e)::text, z text DEFAULT ('b'::e)::text);
CREATE FUNCTION trf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER tr BEFORE UPDATE ON u FOR EACH ROW WHEN (NEW.s IS DISTINCT FROM ('b'::e)::text) EXECUTE FUNCTION trf();
ALTER TABLE u DISABLE TRIGGER tr;
CREATE POLICY p ON u USING (s <> ('c'::e)::text);
INSERT INTO t VALUES (1, 'b');
