CREATE TYPE prio AS ENUM ('low', 'mid', 'high');
CREATE TABLE q (id int PRIMARY KEY, p prio NOT NULL);
INSERT INTO q VALUES (1, 'low'), (2, 'high');
CREATE FUNCTION label(x prio) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'prio ' || x $$;
CREATE FUNCTION top() RETURNS prio LANGUAGE sql STABLE AS $$ SELECT max(p) FROM q $$;
CREATE FUNCTION is_high(x prio) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN x = 'high';
