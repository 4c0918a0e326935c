CREATE TYPE e AS ENUM ('a', 'b', 'c');
CREATE FUNCTION f() RETURNS e LANGUAGE sql STABLE AS $$ SELECT 'a'::e $$;
CREATE TABLE t (id int PRIMARY KEY, k e DEFAULT f(), x e NOT NULL, g e, m e NOT NULL);
INSERT INTO t VALUES (1, 'b', 'a', 'c', 'b');
