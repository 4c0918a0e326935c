CREATE DOMAIN positive AS integer CHECK (VALUE > 0);
CREATE DOMAIN label AS text;
CREATE FUNCTION pick() RETURNS integer LANGUAGE sql VOLATILE AS $$ SELECT (random() * 10)::int + 1 $$;
CREATE FUNCTION seven() RETURNS integer LANGUAGE sql IMMUTABLE RETURN 7;
CREATE FUNCTION today_plus(n integer) RETURNS date LANGUAGE sql STABLE RETURN current_date + n;
CREATE DOMAIN picked AS integer DEFAULT pick();
CREATE DOMAIN lucky AS integer DEFAULT seven();
CREATE TABLE t (id int PRIMARY KEY);
INSERT INTO t VALUES (1), (2);
