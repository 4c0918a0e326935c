CREATE FUNCTION positive(v integer) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN v > 0;
CREATE TABLE old (id integer PRIMARY KEY, m integer CONSTRAINT old_m_positive CHECK (positive(m)));
CREATE TABLE t (id integer PRIMARY KEY, n integer);
INSERT INTO t VALUES (1, 2);
