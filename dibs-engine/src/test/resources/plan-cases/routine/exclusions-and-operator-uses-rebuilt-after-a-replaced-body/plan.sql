SET LOCAL check_function_bodies = off;
-- hazards: CHANGES_BEHAVIOR
CREATE OR REPLACE FUNCTION public.near(a integer, b integer)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT abs(a - b) < 50 $function$;
SET LOCAL check_function_bodies = off;
-- hazards: CHANGES_BEHAVIOR
CREATE OR REPLACE FUNCTION public.span(x integer)
 RETURNS int4range
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT int4range(x, x + 5) $function$;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.t_both;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t DROP CONSTRAINT t_near;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.t_near_idx;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t DROP CONSTRAINT t_spans;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE ONLY public.t DROP COLUMN near_flag;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.t ADD COLUMN near_flag boolean GENERATED ALWAYS AS ((a OPERATOR(public.~~~) b)) STORED;
-- hazards: CHANGES_BEHAVIOR
DROP FUNCTION public.shift(x integer);
SET LOCAL check_function_bodies = off;
-- hazards: CHANGES_BEHAVIOR
CREATE OR REPLACE FUNCTION public.shift(y integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT y $function$;
-- hazards: INDEX_BUILD
CREATE INDEX t_both ON public.t USING btree ((public.span(a)), (public.shift(b)));
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t ADD CONSTRAINT t_near CHECK ((a OPERATOR(public.~~~) b)) NOT VALID;
-- hazards: INDEX_BUILD
CREATE INDEX t_near_idx ON public.t USING btree ((((a OPERATOR(public.~~~) b))));
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD, VALIDATES_EXISTING_ROWS
ALTER TABLE public.t ADD CONSTRAINT t_spans EXCLUDE USING gist (public.span(a) WITH &&);
-- hazards: VALIDATES_EXISTING_ROWS
-- after the rest commits, in a transaction of its own: reads every row without blocking writes; if it fails, the constraint stays NOT VALID
ALTER TABLE public.t VALIDATE CONSTRAINT t_near;
