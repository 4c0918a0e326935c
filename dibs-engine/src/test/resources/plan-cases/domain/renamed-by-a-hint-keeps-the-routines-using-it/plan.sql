ALTER DOMAIN public.score RENAME TO rating;
-- hazards: CHANGES_BEHAVIOR
CREATE OR REPLACE FUNCTION public.best(n integer)
 RETURNS integer
 LANGUAGE plpgsql
AS $function$ BEGIN RETURN n::rating; END $function$;
