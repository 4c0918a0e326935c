-- hazards: CHANGES_BEHAVIOR
CREATE OR REPLACE FUNCTION public.has_old()
 RETURNS boolean
 LANGUAGE sql
 STABLE
RETURN (SELECT (count(*) > 0) FROM public.t);
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA
ALTER TABLE ONLY public.t DROP COLUMN old;
-- hazards: CHANGES_BEHAVIOR
DROP FUNCTION public.total();
-- hazards: CHANGES_BEHAVIOR
DROP FUNCTION public.twice();
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.t ALTER COLUMN price TYPE bigint USING price::bigint;
-- hazards: CHANGES_BEHAVIOR
CREATE OR REPLACE FUNCTION public.total()
 RETURNS bigint
 LANGUAGE sql
 STABLE
BEGIN ATOMIC
 SELECT sum(t.price) AS sum
    FROM public.t;
END;
-- hazards: CHANGES_BEHAVIOR
CREATE OR REPLACE FUNCTION public.twice()
 RETURNS bigint
 LANGUAGE sql
 STABLE
RETURN (SELECT (sum(t.price) * (2)::numeric) FROM public.t);
