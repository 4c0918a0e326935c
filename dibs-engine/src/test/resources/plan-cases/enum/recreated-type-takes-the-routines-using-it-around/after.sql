-- labels reordered: the type is re-created, and the routines whose arguments, result or body use it
-- go before and come back after (PostgreSQL would not drop the old type under them)
CREATE TYPE prio AS ENUM ('high', 'mid', 'low');
CREATE TABLE q (id int PRIMARY KEY, p prio NOT NULL);
CREATE FUNCTION label(x prio) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'prio ' || x $$;
CREATE FUNCTION top() RETURNS prio LANGUAGE sql STABLE AS $$ SELECT max(p) FROM q $$;
CREATE FUNCTION is_high(x prio) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN x = 'high';
CREATE FUNCTION lowest() RETURNS prio LANGUAGE sql STABLE RETURN 'low'::prio;
