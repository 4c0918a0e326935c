-- a function whose body reads a view: the plan creates the view first (functions otherwise come
-- before the tables and views)
CREATE VIEW big AS SELECT id, a FROM t WHERE a > 6;
CREATE FUNCTION total() RETURNS bigint LANGUAGE sql STABLE RETURN (SELECT sum(a) FROM big);
