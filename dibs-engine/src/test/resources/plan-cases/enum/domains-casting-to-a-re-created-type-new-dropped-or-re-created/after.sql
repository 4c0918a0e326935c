-- a label removed: the type is created again. A domain casting to it is dropped, another created,
-- a third, no column's, created again over another base type: each casts to the type, so the old domains go
-- before the re-creation and the new ones come after it.
CREATE TYPE e AS ENUM ('b', 'c');
CREATE DOMAIN fresh AS text DEFAULT ('c'::e)::text CHECK (VALUE <> ('b'::e)::text);
CREATE DOMAIN rebased AS text DEFAULT ('b'::e)::text CHECK (VALUE <> ('c'::e)::text);
CREATE TABLE t (id int PRIMARY KEY, k e, f fresh);
INSERT INTO t VALUES (1, 'b');
