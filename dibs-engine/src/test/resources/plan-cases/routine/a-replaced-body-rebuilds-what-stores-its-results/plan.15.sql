ALTER DOMAIN public.small DROP CONSTRAINT small_plus;
SET LOCAL check_function_bodies = off;
-- hazards: CHANGES_BEHAVIOR
CREATE OR REPLACE FUNCTION public.label(x integer)
 RETURNS text
 LANGUAGE sql
 STABLE
AS $function$ SELECT 'v2 ' || x $function$;
SET LOCAL check_function_bodies = off;
-- hazards: CHANGES_BEHAVIOR
CREATE OR REPLACE FUNCTION public.plus(x integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT x + 10 $function$;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
DROP MATERIALIZED VIEW public.mv;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.t_h;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.t_pp;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t DROP CONSTRAINT t_a_plus;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.t_plus;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE ONLY public.t DROP COLUMN p;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE ONLY public.t DROP COLUMN pp;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE ONLY public.t DROP COLUMN h;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.t ADD COLUMN p integer GENERATED ALWAYS AS (public.plus(a)) STORED;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.t ADD COLUMN pp integer GENERATED ALWAYS AS (public.twice_plus(a)) STORED;
-- hazards: CHANGES_BEHAVIOR
DROP FUNCTION public.half(x integer);
SET LOCAL check_function_bodies = off;
-- hazards: CHANGES_BEHAVIOR
CREATE OR REPLACE FUNCTION public.half(y integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT y / 2 $function$;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.t ADD COLUMN h integer GENERATED ALWAYS AS (public.half(a)) STORED;
-- hazards: INDEX_BUILD
CREATE INDEX t_h ON public.t USING btree (h) WHERE (public.half(a) > 0);
-- hazards: INDEX_BUILD
CREATE INDEX t_pp ON public.t USING btree (pp);
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t ADD CONSTRAINT t_a_plus CHECK ((public.plus(a) < 100)) NOT VALID;
-- hazards: INDEX_BUILD, VALIDATES_EXISTING_ROWS
CREATE UNIQUE INDEX t_plus ON public.t USING btree ((public.plus(a)));
ALTER DOMAIN public.small ADD CONSTRAINT small_plus CHECK ((public.plus(VALUE) < 100)) NOT VALID;
-- hazards: VALIDATES_EXISTING_ROWS
ALTER DOMAIN public.small VALIDATE CONSTRAINT small_plus;
CREATE MATERIALIZED VIEW public.mv AS SELECT t.id,
    public.plus(t.a) AS pa
   FROM public.t WITH DATA;
CREATE INDEX mv_pa ON public.mv USING btree (pa);
-- hazards: VALIDATES_EXISTING_ROWS
-- after the rest commits, in a transaction of its own: reads every row without blocking writes; if it fails, the constraint stays NOT VALID
ALTER TABLE public.t VALIDATE CONSTRAINT t_a_plus;
