-- a domain's check and default and a SQL-standard body (RETURN …) use the operator: PostgreSQL refuses each
-- before the operator exists, and the domain comes before the table using it
CREATE FUNCTION reverse_textregexeq(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $_$ SELECT textregexeq($2, $1); $_$;
CREATE OPERATOR ~<< (FUNCTION = reverse_textregexeq, LEFTARG = text, RIGHTARG = text);
CREATE DOMAIN tag AS text DEFAULT ('t' || ('^x' ~<< 'xy')::text) CONSTRAINT tag_no_space CHECK (NOT ('\s' ~<< VALUE));
CREATE FUNCTION starts_with_a(t text) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN '^a' ~<< t;
CREATE TABLE tags (id integer PRIMARY KEY, name tag);
