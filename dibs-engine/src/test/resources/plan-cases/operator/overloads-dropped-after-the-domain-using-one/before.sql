-- two operators of one symbol go for good; a domain's text names the symbol, not which of them it uses,
-- so both wait for the domain to go (PostgreSQL refuses to drop the one the check uses before)
CREATE FUNCTION int_under(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1 < $2 $$;
CREATE FUNCTION text_under(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1 < $2 $$;
CREATE OPERATOR ~<< (FUNCTION = int_under, LEFTARG = integer, RIGHTARG = integer);
CREATE OPERATOR ~<< (FUNCTION = text_under, LEFTARG = text, RIGHTARG = text);
CREATE DOMAIN small_int AS integer CONSTRAINT small_int_under CHECK (VALUE ~<< 100);
CREATE TABLE t (id integer PRIMARY KEY, n small_int);
