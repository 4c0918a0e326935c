CREATE TABLE t (id int PRIMARY KEY, a int NOT NULL, keep int);
INSERT INTO t VALUES (1, 5, 7);
CREATE FUNCTION a_sum() RETURNS bigint LANGUAGE sql STABLE RETURN (SELECT sum(a) FROM t);
-- last: the JDBC driver sends nothing after a BEGIN ATOMIC body as a statement of its own
CREATE FUNCTION keep_sum() RETURNS bigint LANGUAGE sql STABLE BEGIN ATOMIC SELECT sum(keep) FROM t; END;
