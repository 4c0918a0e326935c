-- a label removed: the type is created again. Nothing here changes, but a trigger's condition, a
-- view (and the view reading it), a materialized view, a policy, a domain's default and check, and a
-- text column's default cast to the type: each would hold the old type, which the re-creation drops,
-- so each goes before it and comes back after.
CREATE TYPE e AS ENUM ('b', 'c');
CREATE DOMAIN dt AS text DEFAULT ('b'::e)::text CHECK (VALUE <> ('c'::e)::text);
CREATE TABLE t (id int PRIMARY KEY, k e);
CREATE TABLE u (id int PRIMARY KEY, s text, d dt, x text DEFAULT ('c'::e)::text);
CREATE FUNCTION trf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.s := upper(NEW.s); RETURN NEW; END $$;
CREATE TRIGGER tr BEFORE UPDATE ON u FOR EACH ROW WHEN (NEW.s IS DISTINCT FROM ('b'::e)::text) EXECUTE FUNCTION trf();
CREATE VIEW v AS SELECT id FROM u WHERE s <> ('b'::e)::text;
CREATE VIEW w AS SELECT id FROM v;
CREATE MATERIALIZED VIEW mv AS SELECT id FROM u WHERE s = ('c'::e)::text;
ALTER TABLE u ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON u USING (s <> ('c'::e)::text);
