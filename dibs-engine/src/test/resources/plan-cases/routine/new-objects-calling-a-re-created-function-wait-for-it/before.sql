CREATE FUNCTION f0(x integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN x + 1;
CREATE TABLE kept (id integer PRIMARY KEY, n integer);
INSERT INTO kept VALUES (1, 2);
