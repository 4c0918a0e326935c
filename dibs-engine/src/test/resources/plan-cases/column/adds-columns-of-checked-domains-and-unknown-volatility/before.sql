CREATE DOMAIN positive AS integer CHECK (VALUE > 0);
CREATE DOMAIN label AS text;
CREATE FUNCTION pick() RETURNS integer LANGUAGE sql VOLATILE AS $$ SELECT (random() * 10)::int + 1 $$;
CREATE TABLE t (id int PRIMARY KEY);
INSERT INTO t VALUES (1), (2);
