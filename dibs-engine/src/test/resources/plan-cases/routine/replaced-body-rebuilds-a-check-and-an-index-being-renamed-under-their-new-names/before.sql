CREATE FUNCTION twice(x integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN x * 2;
CREATE TABLE t (n integer, CONSTRAINT t_small CHECK (twice(n) < 100));
CREATE INDEX t_twice ON t (twice(n));
INSERT INTO t VALUES (7);
