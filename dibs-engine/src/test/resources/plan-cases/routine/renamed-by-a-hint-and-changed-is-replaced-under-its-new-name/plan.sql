-- hazards: CHANGES_BEHAVIOR
ALTER FUNCTION public.slug(t text) RENAME TO make_slug;
-- hazards: CHANGES_BEHAVIOR
CREATE OR REPLACE FUNCTION public.label(t text)
 RETURNS text
 LANGUAGE plpgsql
AS $function$ BEGIN RETURN 'page ' || make_slug(t); END $function$;
SET LOCAL check_function_bodies = off;
-- hazards: CHANGES_BEHAVIOR
CREATE OR REPLACE FUNCTION public.make_slug(t text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT lower(trim($1))$function$;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE ONLY public.pages DROP COLUMN path;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.pages ADD COLUMN path text GENERATED ALWAYS AS (public.make_slug(title)) STORED;
