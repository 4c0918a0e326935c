CREATE FUNCTION positive(v integer) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN v > 0;
CREATE DOMAIN old_amount AS bigint DEFAULT (CASE WHEN positive(1) THEN 1 ELSE 0 END) CHECK (positive(VALUE::integer));
CREATE TABLE t (id integer PRIMARY KEY, n old_amount);
INSERT INTO t VALUES (1, 5);
