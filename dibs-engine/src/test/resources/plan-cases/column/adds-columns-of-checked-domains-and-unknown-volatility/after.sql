-- a column of a domain with a check: every row is written and checked (REWRITES_TABLE,
-- VALIDATES_EXISTING_ROWS); of a plain domain: nothing; a default calling a function of a schema of
-- its own: its volatility is not known from the text, so REWRITES_TABLE
CREATE DOMAIN positive AS integer CHECK (VALUE > 0);
CREATE DOMAIN label AS text;
CREATE FUNCTION pick() RETURNS integer LANGUAGE sql VOLATILE AS $$ SELECT (random() * 10)::int + 1 $$;
CREATE TABLE t (id int PRIMARY KEY, p positive DEFAULT 1, l label, n integer DEFAULT pick());
