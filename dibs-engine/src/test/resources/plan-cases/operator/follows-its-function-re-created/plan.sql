-- hazards: CHANGES_BEHAVIOR
DROP OPERATOR public.~<< (text, text);
-- hazards: CHANGES_BEHAVIOR
DROP FUNCTION public.rx(a text, b text);
SET LOCAL check_function_bodies = off;
-- hazards: CHANGES_BEHAVIOR
CREATE OR REPLACE FUNCTION public.rx(pattern text, subject text)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT textregexeq(subject, pattern) $function$;
-- hazards: CHANGES_BEHAVIOR
CREATE OPERATOR public.~<< (FUNCTION = public.rx, LEFTARG = text, RIGHTARG = text);
