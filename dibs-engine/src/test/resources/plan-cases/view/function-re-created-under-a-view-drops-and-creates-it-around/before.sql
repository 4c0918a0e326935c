CREATE FUNCTION greet(who text DEFAULT 'you') RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'hello ' || who $$;
CREATE FUNCTION shout(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT upper(t) $$;
CREATE VIEW hello AS SELECT greet('x') AS g;
CREATE MATERIALIZED VIEW loud AS SELECT shout(g) AS s FROM hello;
