-- hazards: CHANGES_BEHAVIOR
DROP FUNCTION public.is_high(x public.prio);
-- hazards: CHANGES_BEHAVIOR
DROP FUNCTION public.label(x public.prio);
-- hazards: CHANGES_BEHAVIOR
DROP FUNCTION public.top();
ALTER TYPE public.prio RENAME TO prio_dibs_old;
CREATE TYPE public.prio AS ENUM ('high', 'mid', 'low');
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.q ALTER COLUMN p TYPE public.prio USING p::text::public.prio;
DROP TYPE public.prio_dibs_old;
-- hazards: CHANGES_BEHAVIOR
CREATE OR REPLACE FUNCTION public.is_high(x public.prio)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
RETURN (x = 'high'::public.prio);
SET LOCAL check_function_bodies = off;
-- hazards: CHANGES_BEHAVIOR
CREATE OR REPLACE FUNCTION public.label(x public.prio)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT 'prio ' || x $function$;
SET LOCAL check_function_bodies = off;
-- hazards: CHANGES_BEHAVIOR
CREATE OR REPLACE FUNCTION public.top()
 RETURNS public.prio
 LANGUAGE sql
 STABLE
AS $function$ SELECT max(p) FROM q $function$;
CREATE OR REPLACE FUNCTION public.lowest()
 RETURNS public.prio
 LANGUAGE sql
 STABLE
RETURN 'low'::public.prio;
