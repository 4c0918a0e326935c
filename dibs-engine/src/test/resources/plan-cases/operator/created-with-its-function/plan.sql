SET LOCAL check_function_bodies = off;
CREATE OR REPLACE FUNCTION public.reverse_textregexeq(text, text)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$ SELECT textregexeq($2, $1); $function$;
CREATE OPERATOR public.~<< (FUNCTION = public.reverse_textregexeq, LEFTARG = text, RIGHTARG = text);
COMMENT ON OPERATOR public.~<< (text, text) IS 'the pattern on the left';
