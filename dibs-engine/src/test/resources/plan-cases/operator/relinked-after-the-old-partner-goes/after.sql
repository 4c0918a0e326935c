-- <~~ takes a new commutator ~~~> while ~~> stays without one: PostgreSQL 17 refuses to link ~~~> to
-- <~~ while <~~ is linked to ~~>, so ~~~> is created after the old pair is dropped to be made again
CREATE FUNCTION shorter(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT length($1) < length($2) $$;
CREATE FUNCTION longer(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT length($1) > length($2) $$;
CREATE OPERATOR <~~ (FUNCTION = shorter, LEFTARG = text, RIGHTARG = text, COMMUTATOR = ~~~>);
CREATE OPERATOR ~~~> (FUNCTION = longer, LEFTARG = text, RIGHTARG = text, COMMUTATOR = <~~);
CREATE OPERATOR ~~> (FUNCTION = longer, LEFTARG = text, RIGHTARG = text);
