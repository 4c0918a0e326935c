SET LOCAL check_function_bodies = off;
CREATE OR REPLACE FUNCTION public.is_long(text)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT length($1) > 10 $function$;
SET LOCAL check_function_bodies = off;
CREATE OR REPLACE FUNCTION public.other_length(text, text)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT length($1) <> length($2) $function$;
SET LOCAL check_function_bodies = off;
CREATE OR REPLACE FUNCTION public.same_length(text, text)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT length($1) = length($2) $function$;
CREATE OPERATOR public.!~~~ (FUNCTION = public.other_length, LEFTARG = text, RIGHTARG = text, COMMUTATOR = OPERATOR(public.!~~~), NEGATOR = OPERATOR(public.=~~));
CREATE OPERATOR public.##~ (FUNCTION = public.is_long, RIGHTARG = text);
COMMENT ON OPERATOR public.##~ (NONE, text) IS 'longer than ten';
CREATE OPERATOR public.#>> (FUNCTION = public.same_length, LEFTARG = text, RIGHTARG = text, COMMUTATOR = OPERATOR(public.<<#));
CREATE OPERATOR public.<<# (FUNCTION = public.shorter, LEFTARG = text, RIGHTARG = text, COMMUTATOR = OPERATOR(public.#>>));
CREATE OPERATOR public.=~~ (FUNCTION = public.same_length, LEFTARG = text, RIGHTARG = text, COMMUTATOR = OPERATOR(public.=~~), NEGATOR = OPERATOR(public.!~~~));
-- hazards: CHANGES_BEHAVIOR
DROP OPERATOR public.~~> (text, text);
-- hazards: CHANGES_BEHAVIOR
DROP FUNCTION public.longer(text, text);
