-- the operator goes for good: PostgreSQL refuses to drop it while a domain's check or default or a
-- SQL-standard body (RETURN …) uses it, so those go or change first
CREATE FUNCTION reverse_textregexeq(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $_$ SELECT textregexeq($2, $1); $_$;
CREATE OPERATOR ~<< (FUNCTION = reverse_textregexeq, LEFTARG = text, RIGHTARG = text);
CREATE DOMAIN gone_tag AS text CONSTRAINT gone_tag_pattern CHECK (NOT ('\s' ~<< VALUE));
CREATE DOMAIN kept_tag AS text DEFAULT ('t' || ('^x' ~<< 'xy')::text) CONSTRAINT kept_tag_pattern CHECK (NOT ('\s' ~<< VALUE)) CONSTRAINT kept_tag_short CHECK (length(VALUE) < 20);
CREATE FUNCTION gone_a(t text) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN '^a' ~<< t;
CREATE FUNCTION kept_a(t text) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN '^a' ~<< t;
CREATE TABLE kept (id integer PRIMARY KEY, name kept_tag);
