-- v could be replaced in place (a column appended), but it would then read t.x, which is retyped,
-- and stop reading w, which is dropped and reads t.x: the replacement waits for the retyping, the
-- retyping for w's drop, and w's drop for the replacement. v is dropped and created instead. v2,
-- which stops reading w2 (dropped too, but reading no t.x), is replaced in place after the retyping.
CREATE TABLE t (id integer PRIMARY KEY, x bigint);
CREATE TABLE s (id integer PRIMARY KEY);
CREATE VIEW v AS SELECT id, x FROM t;
CREATE VIEW v2 AS SELECT id, x FROM t;
