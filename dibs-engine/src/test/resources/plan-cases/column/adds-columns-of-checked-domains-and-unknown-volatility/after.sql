-- a column of a domain with a check: every row is written and checked (REWRITES_TABLE,
-- VALIDATES_EXISTING_ROWS); of a plain domain: nothing; a default calling a VOLATILE function of the
-- desired state (its own, or its domain's): REWRITES_TABLE; one calling only IMMUTABLE or STABLE ones
-- is computed once: nothing
CREATE DOMAIN positive AS integer CHECK (VALUE > 0);
CREATE DOMAIN label AS text;
CREATE FUNCTION pick() RETURNS integer LANGUAGE sql VOLATILE AS $$ SELECT (random() * 10)::int + 1 $$;
CREATE FUNCTION seven() RETURNS integer LANGUAGE sql IMMUTABLE RETURN 7;
CREATE FUNCTION today_plus(n integer) RETURNS date LANGUAGE sql STABLE RETURN current_date + n;
CREATE DOMAIN picked AS integer DEFAULT pick();
CREATE DOMAIN lucky AS integer DEFAULT seven();
CREATE TABLE t (id int PRIMARY KEY, p positive DEFAULT 1, l label, n integer DEFAULT pick(), r picked, s integer DEFAULT seven(),
    d date DEFAULT today_plus(1), k lucky);
