-- Danbooru's operator: a pattern on the left of a text, created right after the function it calls
CREATE FUNCTION reverse_textregexeq(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $_$ SELECT textregexeq($2, $1); $_$;
CREATE OPERATOR ~<< (FUNCTION = reverse_textregexeq, LEFTARG = text, RIGHTARG = text);
COMMENT ON OPERATOR ~<< (text, text) IS 'the pattern on the left';
