-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
DROP MATERIALIZED VIEW public.loud;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
DROP VIEW public.hello;
-- hazards: CHANGES_BEHAVIOR
DROP FUNCTION public.greet(who text);
SET LOCAL check_function_bodies = off;
-- hazards: CHANGES_BEHAVIOR
CREATE OR REPLACE FUNCTION public.greet(who text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT 'hello ' || who $function$;
CREATE VIEW public.hello AS SELECT public.greet('x'::text) AS g;
CREATE MATERIALIZED VIEW public.loud AS SELECT public.shout(hello.g) AS s
   FROM public.hello WITH DATA;
