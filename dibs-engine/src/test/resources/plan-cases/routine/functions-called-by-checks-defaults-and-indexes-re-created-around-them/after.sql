-- the result type changes: PostgreSQL refuses CREATE OR REPLACE, and refuses DROP FUNCTION while
-- the check, the defaults and the index call it
CREATE FUNCTION norm(x integer) RETURNS bigint LANGUAGE sql IMMUTABLE RETURN abs(x);
CREATE TABLE t (id int PRIMARY KEY, a integer NOT NULL CONSTRAINT t_norm CHECK (norm(a) < 100),
    b integer NOT NULL DEFAULT norm(-1), c bigint DEFAULT norm(-3));
CREATE INDEX t_by_norm ON t (norm(a)) WHERE norm(b) > 0;
