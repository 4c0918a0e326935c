-- a label removed: the type is created again. A view and a trigger's condition cast a text column
-- to it (not a literal), a generated column is computed from a converted column, another is of the
-- type, an exclusion constraint's predicate casts to it: PostgreSQL converts no column a generated
-- column reads and drops no type something casts to, so each goes before and comes back after. A
-- column leaving the type whose new default casts to it (not a value) takes the default after.
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TYPE e AS ENUM ('b', 'c');
CREATE TABLE t (id int PRIMARY KEY, k e, s text, hit boolean GENERATED ALWAYS AS (k = 'b'::e) STORED,
    g e GENERATED ALWAYS AS (CASE WHEN id > 1 THEN 'c'::e END) STORED,
    CONSTRAINT t_one_c EXCLUDE USING gist (id WITH =) WHERE (k = 'c'::e));
CREATE TABLE u (id int PRIMARY KEY, s text, m text DEFAULT (NULL::e)::text);
CREATE VIEW v AS SELECT id, s::e AS se FROM u WHERE s IS NOT NULL;
CREATE FUNCTION trf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER tr BEFORE UPDATE ON u FOR EACH ROW WHEN (NEW.s::e IS DISTINCT FROM OLD.s::e) EXECUTE FUNCTION trf();
INSERT INTO t VALUES (1, 'b', 'x'), (2, 'c', 'y');
INSERT INTO u VALUES (1, 'b');
