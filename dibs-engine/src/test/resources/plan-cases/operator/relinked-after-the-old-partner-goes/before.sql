CREATE FUNCTION shorter(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT length($1) < length($2) $$;
CREATE FUNCTION longer(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT length($1) > length($2) $$;
CREATE OPERATOR <~~ (FUNCTION = shorter, LEFTARG = text, RIGHTARG = text, COMMUTATOR = ~~>);
CREATE OPERATOR ~~> (FUNCTION = longer, LEFTARG = text, RIGHTARG = text, COMMUTATOR = <~~);
