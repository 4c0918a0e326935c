CREATE FUNCTION twice(x integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN x * 2;
CREATE FUNCTION quad(v integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN twice(twice(v));
CREATE PROCEDURE tally(OUT total integer) LANGUAGE sql AS 'SELECT 1';
CREATE FUNCTION shout(msg text) RETURNS text LANGUAGE sql AS $$ SELECT upper(msg) $$;
CREATE FUNCTION yell(w text) RETURNS text LANGUAGE sql AS $$ SELECT upper(w) || '!' $$;
CREATE TABLE t (n integer CHECK (twice(n) < 100));
CREATE VIEW quads AS SELECT n, quad(n) AS q FROM t;
INSERT INTO t VALUES (7);
