SET LOCAL check_function_bodies = off;
-- hazards: CHANGES_BEHAVIOR
CREATE OR REPLACE FUNCTION public.positive(x integer)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT x >= 0 $function$;
-- hazards: CHANGES_BEHAVIOR
CREATE OR REPLACE FUNCTION public.stamp(x integer)
 RETURNS text
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER COST 5
 SET search_path TO 'pg_catalog'
AS $function$ BEGIN RETURN 'v2 ' || x; END $function$;
