CREATE TYPE e AS ENUM ('a', 'b', 'c');
CREATE FUNCTION f() RETURNS e LANGUAGE sql STABLE AS $$ SELECT 'b'::e $$;
CREATE TABLE t (id int PRIMARY KEY, k text DEFAULT f()::text, x e NOT NULL);
INSERT INTO t VALUES (1, 'b', 'a');
