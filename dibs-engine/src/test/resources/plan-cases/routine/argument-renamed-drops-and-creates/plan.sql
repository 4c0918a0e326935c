-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
DROP VIEW public.quads;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t DROP CONSTRAINT t_n_check;
-- hazards: CHANGES_BEHAVIOR
DROP FUNCTION public.quad(v integer);
-- hazards: CHANGES_BEHAVIOR
DROP PROCEDURE public.tally(OUT total integer);
-- hazards: CHANGES_BEHAVIOR
DROP FUNCTION public.twice(x integer);
-- hazards: CHANGES_BEHAVIOR
DROP FUNCTION public.yell(w text);
SET LOCAL check_function_bodies = off;
-- hazards: CHANGES_BEHAVIOR
CREATE OR REPLACE PROCEDURE public.tally(OUT n integer)
 LANGUAGE sql
AS $procedure$SELECT 1$procedure$;
-- hazards: CHANGES_BEHAVIOR
CREATE OR REPLACE FUNCTION public.twice(y integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
RETURN (y * 2);
SET LOCAL check_function_bodies = off;
-- hazards: CHANGES_BEHAVIOR
CREATE OR REPLACE FUNCTION public.yell(msg text)
 RETURNS text
 LANGUAGE sql
AS $function$ SELECT upper(msg) $function$;
-- hazards: CHANGES_BEHAVIOR
CREATE OR REPLACE FUNCTION public.quad(v integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
RETURN public.twice(public.twice(v));
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t ADD CONSTRAINT t_n_check CHECK ((public.twice(n) < 100)) NOT VALID;
CREATE VIEW public.quads AS SELECT n,
    public.quad(n) AS q
   FROM public.t;
-- hazards: CHANGES_BEHAVIOR
DROP FUNCTION public.shout(msg text);
-- hazards: VALIDATES_EXISTING_ROWS
-- after the rest commits, in a transaction of its own: reads every row without blocking writes; if it fails, the constraint stays NOT VALID
ALTER TABLE public.t VALIDATE CONSTRAINT t_n_check;
