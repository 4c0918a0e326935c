CREATE FUNCTION reverse_textregexeq(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $_$ SELECT textregexeq($2, $1); $_$;
CREATE OPERATOR ~<< (FUNCTION = reverse_textregexeq, LEFTARG = text, RIGHTARG = text);
COMMENT ON OPERATOR ~<< (text, text) IS 'the pattern on the left';
CREATE TABLE kept (id integer PRIMARY KEY);
