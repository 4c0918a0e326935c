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
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t DROP CONSTRAINT t_a_check;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.t_positive;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t ADD CONSTRAINT t_a_check CHECK (public.positive(a)) NOT VALID;
-- hazards: INDEX_BUILD
CREATE INDEX t_positive ON public.t USING btree ((public.positive(a)));
-- hazards: VALIDATES_EXISTING_ROWS
-- after the rest commits, in a transaction of its own: reads every row without blocking writes; if it fails, the constraint stays NOT VALID
ALTER TABLE public.t VALIDATE CONSTRAINT t_a_check;
