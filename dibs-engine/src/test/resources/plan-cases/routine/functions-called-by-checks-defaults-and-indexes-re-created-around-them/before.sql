CREATE FUNCTION norm(x integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN abs(x);
CREATE TABLE t (id int PRIMARY KEY, a integer NOT NULL CONSTRAINT t_norm CHECK (norm(a) < 100),
    b integer NOT NULL DEFAULT norm(-1), c integer DEFAULT norm(-2));
CREATE INDEX t_by_norm ON t (norm(a)) WHERE norm(b) > 0;
INSERT INTO t (id, a) VALUES (1, -5);
