-- a label removed: the type is created again. Every new cast to it waits for the new type, also of a
-- label the old one has ('b', 'c'): made before, it would hold the old type (renamed away), which
-- the re-creation could then not drop. k leaves the type, and m the domain over it (dropped), each
-- for text with a default casting to the type: each leaves without a default, then takes it after.
-- The domain dt takes a default, and a new view and check cast to it; the table w, of the type,
-- is dropped late, so that much else is ready before the re-creation.
CREATE TYPE e AS ENUM ('b', 'c');
CREATE DOMAIN dt AS text DEFAULT ('b'::e)::text;
CREATE TABLE t (id int PRIMARY KEY, k text DEFAULT ('b'::e)::text, m text DEFAULT ('c'::e)::text, s dt, n int,
  CONSTRAINT t_n_check CHECK (n > 0 OR k = ('c'::e)::text));
CREATE VIEW v AS SELECT id FROM t WHERE k <> ('c'::e)::text;
