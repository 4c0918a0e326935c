-- twice(y) is twice(x) with its argument renamed: dropped and created again, with what calls it
-- around it. The check and the index are the same under other names, which the plan would rename:
-- they go before the function under their names on the database and come back after it under the
-- desired ones, so no rename is left (it would name what was dropped).
CREATE FUNCTION twice(y integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN y * 2;
CREATE TABLE t (n integer, CONSTRAINT t_n_twice_small CHECK (twice(n) < 100));
CREATE INDEX t_n_twice ON t (twice(n));
