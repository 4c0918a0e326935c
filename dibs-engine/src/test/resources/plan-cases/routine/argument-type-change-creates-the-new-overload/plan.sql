CREATE OR REPLACE FUNCTION public.half(x numeric)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE
RETURN (x / (2)::numeric);
CREATE OR REPLACE FUNCTION public.twice(x text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
RETURN (x || x);
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.t_half;
-- hazards: CHANGES_BEHAVIOR
DROP FUNCTION public.half(x integer);
-- hazards: INDEX_BUILD
CREATE INDEX t_half ON public.t USING btree ((public.half((a)::numeric)));
