CREATE DOMAIN kept_tag AS text DEFAULT 'none' CONSTRAINT kept_tag_short CHECK (length(VALUE) < 20);
CREATE FUNCTION kept_a(t text) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN t ~ '^a';
CREATE TABLE kept (id integer PRIMARY KEY, name kept_tag);
