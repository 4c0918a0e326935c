-- PostgreSQL tells overloads apart by their argument types alone: twice(y integer) is twice(x integer)
-- with its argument renamed, which CREATE OR REPLACE refuses ("cannot change name of input
-- parameter"); so it is dropped and created, with what calls it around it: a check, a function's
-- SQL-standard body and, through that function, a view.
-- A procedure's OUT argument is not part of its key either.
CREATE FUNCTION twice(y integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN y * 2;
CREATE FUNCTION quad(v integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN twice(twice(v));
CREATE PROCEDURE tally(OUT n integer) LANGUAGE sql AS 'SELECT 1';
-- the hint's new name is taken, with these argument types, by yell(w text): not renamed (PostgreSQL
-- would refuse the RENAME), shout is dropped and yell re-created with its argument renamed
-- dibs:renamed-from shout
CREATE FUNCTION yell(msg text) RETURNS text LANGUAGE sql AS $$ SELECT upper(msg) $$;
CREATE TABLE t (n integer CHECK (twice(n) < 100));
CREATE VIEW quads AS SELECT n, quad(n) AS q FROM t;
