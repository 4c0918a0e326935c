-- twice's body changes what it returns, replaced in place: the check is checked again and the index
-- built again with the new body. Both are the same under other names, which the plan would rename:
-- they are dropped under their names on the database and added back under the desired ones, so no
-- rename is left (it would name what was dropped).
CREATE FUNCTION twice(x integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN x * 3;
CREATE TABLE t (n integer, CONSTRAINT t_n_twice_small CHECK (twice(n) < 100));
CREATE INDEX t_n_twice ON t (twice(n));
