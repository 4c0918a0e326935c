-- labels removed: the type is created again, converting t.k. The view of the same name reads k now
-- (dropped and created: its columns change). The table w, of the type, is dropped before the
-- re-creation, late; the new view, ready long before, waits for the re-creation: created first,
-- it would stop k's conversion, which u.m, moving to the new type, waits for too.
CREATE TYPE e AS ENUM ('c', 'd');
CREATE TABLE t (id int PRIMARY KEY, k e);
CREATE TABLE u (id int PRIMARY KEY, m e DEFAULT 'd' NOT NULL);
CREATE VIEW v AS SELECT id, k FROM t;
