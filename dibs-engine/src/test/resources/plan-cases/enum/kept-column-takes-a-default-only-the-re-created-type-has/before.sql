CREATE TYPE e AS ENUM ('a', 'b', 'c');
CREATE FUNCTION f() RETURNS e LANGUAGE sql STABLE AS $$ SELECT 'b'::e $$;
CREATE TABLE t (id int PRIMARY KEY, k e DEFAULT 'a', m e DEFAULT f(), CONSTRAINT t_k_check CHECK (k <> 'c'));
INSERT INTO t VALUES (1, 'b', 'b');
