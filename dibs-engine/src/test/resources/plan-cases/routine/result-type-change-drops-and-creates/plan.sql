-- hazards: CHANGES_BEHAVIOR
DROP FUNCTION public.answer();
-- hazards: CHANGES_BEHAVIOR
DROP FUNCTION public.greet(who text);
-- hazards: CHANGES_BEHAVIOR
DROP PROCEDURE public.tidy();
-- hazards: CHANGES_BEHAVIOR
CREATE OR REPLACE FUNCTION public.answer()
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE
RETURN 42;
SET LOCAL check_function_bodies = off;
-- hazards: CHANGES_BEHAVIOR
CREATE OR REPLACE FUNCTION public.greet(who text)
 RETURNS text
 LANGUAGE sql
AS $function$ SELECT 'hello ' || who $function$;
SET LOCAL check_function_bodies = off;
-- hazards: CHANGES_BEHAVIOR
CREATE OR REPLACE FUNCTION public.tidy()
 RETURNS void
 LANGUAGE sql
AS $function$ SELECT 1 $function$;
