-- another result type, a default removed, a procedure becoming a function: none can be replaced in place
CREATE FUNCTION answer() RETURNS bigint LANGUAGE sql IMMUTABLE RETURN 42;
CREATE FUNCTION greet(who text) RETURNS text LANGUAGE sql AS $$ SELECT 'hello ' || who $$;
CREATE FUNCTION tidy() RETURNS void LANGUAGE sql AS $$ SELECT 1 $$;
