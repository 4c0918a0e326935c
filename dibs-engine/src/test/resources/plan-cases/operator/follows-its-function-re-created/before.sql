CREATE FUNCTION rx(a text, b text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT textregexeq(b, a) $$;
CREATE OPERATOR ~<< (FUNCTION = rx, LEFTARG = text, RIGHTARG = text);
