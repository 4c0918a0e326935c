CREATE FUNCTION reverse_textregexeq(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $_$ SELECT textregexeq($2, $1); $_$;
CREATE OPERATOR ~<< (FUNCTION = reverse_textregexeq, LEFTARG = text, RIGHTARG = text);
CREATE TABLE tags (id integer PRIMARY KEY, name text);
CREATE INDEX tags_patterns ON tags (id) WHERE '^a' ~<< name;
ALTER TABLE tags ADD CONSTRAINT tags_pattern CHECK (name IS NULL OR NOT ('^x' ~<< name));
CREATE TABLE kept (id integer PRIMARY KEY);
