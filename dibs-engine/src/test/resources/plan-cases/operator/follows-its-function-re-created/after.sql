-- the function's arguments are renamed, which CREATE OR REPLACE refuses: it is dropped and created
-- again, and the operator calling it (PostgreSQL refuses DROP FUNCTION under it) goes before and
-- comes back after, unchanged
CREATE FUNCTION rx(pattern text, subject text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT textregexeq(subject, pattern) $$;
CREATE OPERATOR ~<< (FUNCTION = rx, LEFTARG = text, RIGHTARG = text);
