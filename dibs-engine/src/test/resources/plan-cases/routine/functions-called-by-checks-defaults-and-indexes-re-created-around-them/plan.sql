-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t DROP CONSTRAINT t_norm;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.t_by_norm;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t ALTER COLUMN b DROP DEFAULT;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t ALTER COLUMN c DROP DEFAULT;
-- hazards: CHANGES_BEHAVIOR
DROP FUNCTION public.norm(x integer);
-- hazards: CHANGES_BEHAVIOR
CREATE OR REPLACE FUNCTION public.norm(x integer)
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE
RETURN abs(x);
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t ALTER COLUMN b SET DEFAULT public.norm('-1'::integer);
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.t ALTER COLUMN c TYPE bigint USING c::bigint, ALTER COLUMN c SET DEFAULT public.norm('-3'::integer);
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t ADD CONSTRAINT t_norm CHECK ((public.norm(a) < 100)) NOT VALID;
-- hazards: INDEX_BUILD
CREATE INDEX t_by_norm ON public.t USING btree ((public.norm(a))) WHERE (public.norm(b) > 0);
-- hazards: VALIDATES_EXISTING_ROWS
-- after the rest commits, in a transaction of its own: reads every row without blocking writes; if it fails, the constraint stays NOT VALID
ALTER TABLE public.t VALIDATE CONSTRAINT t_norm;
