-- ~~> goes: PostgreSQL clears <~~'s link to it with the drop, so <~~ is no change; two new operators
-- name each other (the first makes a shell of the second, which the second fills in); a prefix operator
CREATE FUNCTION shorter(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT length($1) < length($2) $$;
CREATE OPERATOR <~~ (FUNCTION = shorter, LEFTARG = text, RIGHTARG = text);
CREATE FUNCTION same_length(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT length($1) = length($2) $$;
CREATE FUNCTION other_length(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT length($1) <> length($2) $$;
CREATE OPERATOR =~~ (FUNCTION = same_length, LEFTARG = text, RIGHTARG = text, COMMUTATOR = =~~, NEGATOR = !~~~);
CREATE OPERATOR !~~~ (FUNCTION = other_length, LEFTARG = text, RIGHTARG = text, COMMUTATOR = !~~~, NEGATOR = =~~);
CREATE FUNCTION is_long(text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT length($1) > 10 $$;
CREATE OPERATOR ##~ (FUNCTION = is_long, RIGHTARG = text);
COMMENT ON OPERATOR ##~ (NONE, text) IS 'longer than ten';
-- declared with the link on one side only: filling the shell, #>> lost its link back, but created in
-- another order both are linked; read as linked both ways, so the plan (which creates #>> first) converges
CREATE OPERATOR <<# (FUNCTION = shorter, LEFTARG = text, RIGHTARG = text, COMMUTATOR = #>>);
CREATE OPERATOR #>> (FUNCTION = same_length, LEFTARG = text, RIGHTARG = text);
