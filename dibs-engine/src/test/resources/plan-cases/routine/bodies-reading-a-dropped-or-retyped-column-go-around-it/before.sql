CREATE TABLE t (id int PRIMARY KEY, price int NOT NULL, old text, n int);
CREATE FUNCTION has_old() RETURNS boolean LANGUAGE sql STABLE RETURN (SELECT bool_or(old IS NOT NULL) FROM t);
CREATE FUNCTION n_sum() RETURNS bigint LANGUAGE sql STABLE RETURN (SELECT sum(n) FROM t);
CREATE FUNCTION price_text() RETURNS text LANGUAGE sql STABLE AS $$ SELECT string_agg(price::text, ',') FROM t $$;
INSERT INTO t VALUES (1, 5, 'x', 1);
CREATE FUNCTION twice() RETURNS bigint LANGUAGE sql STABLE RETURN (SELECT sum(price) * 2 FROM t);
-- last: the JDBC driver sends nothing after a BEGIN ATOMIC body as a statement of its own
CREATE FUNCTION total() RETURNS bigint LANGUAGE sql STABLE BEGIN ATOMIC SELECT sum(price) FROM t; END;
