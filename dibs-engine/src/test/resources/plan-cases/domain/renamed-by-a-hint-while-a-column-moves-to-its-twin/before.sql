CREATE DOMAIN cents AS bigint;
CREATE DOMAIN amount AS bigint;
CREATE TABLE t (id integer PRIMARY KEY, a cents);
INSERT INTO t VALUES (1, 5);
