-- a label removed: the type is created again. What casts to it and also changes goes around it
-- too: the domain's default and x's move to another value of the type (each taken off before, set
-- after), y takes NOT NULL (its default off before, the change after), z's default stops casting
-- (it takes the cast off itself), the disabled trigger is enabled (created again as desired).
CREATE TYPE e AS ENUM ('b', 'c');
CREATE DOMAIN dt AS text DEFAULT ('b'::e)::text;
CREATE TABLE t (id int PRIMARY KEY, k e);
CREATE TABLE u (id int PRIMARY KEY, s text, x text DEFAULT ('b'::e)::text, y text NOT NULL DEFAULT ('b'::e)::text, z text DEFAULT 'z');
CREATE FUNCTION trf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER tr BEFORE UPDATE ON u FOR EACH ROW WHEN (NEW.s IS DISTINCT FROM ('b'::e)::text) EXECUTE FUNCTION trf();
CREATE POLICY p ON u USING (s <> ('c'::e)::text);
