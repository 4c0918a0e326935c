-- labels removed and one added: the type is created again. Every new expression naming 'd', a label
-- only the new type has, waits for it: an exclusion's predicate, a generated column, a check, a
-- trigger's condition, views, a policy, an SQL-standard body, an argument's default. The table w, of
-- the type, is dropped late, so that all of them are ready before the re-creation.
CREATE TYPE e AS ENUM ('b', 'd');
CREATE TABLE t (id int PRIMARY KEY, k e, r int4range,
  g int GENERATED ALWAYS AS (CASE WHEN k = 'd' THEN 1 ELSE 0 END) STORED,
  CONSTRAINT t_r_excl EXCLUDE USING gist (r WITH &&) WHERE (k = 'd'));
CREATE TABLE u (id int PRIMARY KEY, s text, CONSTRAINT u_s_check CHECK (s <> ('d'::e)::text));
CREATE FUNCTION trf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.s := upper(NEW.s); RETURN NEW; END $$;
CREATE TRIGGER tr BEFORE UPDATE ON u FOR EACH ROW WHEN (NEW.s IS DISTINCT FROM ('d'::e)::text) EXECUTE FUNCTION trf();
CREATE VIEW v AS SELECT id FROM u WHERE s <> ('d'::e)::text;
CREATE MATERIALIZED VIEW mv AS SELECT id FROM t WHERE k = 'd';
ALTER TABLE u ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON u USING (s <> ('d'::e)::text);
CREATE FUNCTION sqlf() RETURNS e LANGUAGE sql RETURN 'd'::e;
CREATE FUNCTION argf(x e DEFAULT 'd') RETURNS text LANGUAGE plpgsql AS $$ BEGIN RETURN x::text; END $$;
