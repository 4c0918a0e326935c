-- new estimators are set in place on every version (ALTER OPERATOR … SET), and the comment changed
CREATE FUNCTION reverse_textregexeq(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $_$ SELECT textregexeq($2, $1); $_$;
CREATE OPERATOR ~<< (FUNCTION = reverse_textregexeq, LEFTARG = text, RIGHTARG = text, RESTRICT = contsel, JOIN = contjoinsel);
COMMENT ON OPERATOR ~<< (text, text) IS 'after';
