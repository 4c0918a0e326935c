CREATE FUNCTION half(x integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN x / 2;
CREATE FUNCTION twice(x integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN x * 2;
CREATE TABLE t (id int PRIMARY KEY, a integer NOT NULL);
CREATE INDEX t_half ON t (half(a));
