-- a label removed: the type is created again. A function whose SQL-standard body casts to the type,
-- and one whose argument default does, hold the old type: each goes before the re-creation and
-- comes back after it, unchanged. A function that does not cast to it stays.
CREATE TYPE e AS ENUM ('b', 'c');
CREATE TABLE t (id int PRIMARY KEY, k e, s text);
CREATE FUNCTION is_b(s text) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN s::e = 'b'::e;
CREATE FUNCTION plain(s text) RETURNS text LANGUAGE sql IMMUTABLE RETURN s || 'x';
CREATE FUNCTION labelled(s text DEFAULT ('b'::e)::text) RETURNS text LANGUAGE sql IMMUTABLE RETURN s;
INSERT INTO t VALUES (1, 'b', 'b');
