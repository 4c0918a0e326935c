-- hazards: CHANGES_BEHAVIOR
DROP FUNCTION public.is_b(s text);
-- hazards: CHANGES_BEHAVIOR
DROP FUNCTION public.labelled(s text);
ALTER TYPE public.e RENAME TO e_dibs_old;
CREATE TYPE public.e AS ENUM ('b', 'c');
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA, REWRITES_TABLE
ALTER TABLE public.t ALTER COLUMN k TYPE public.e USING k::text::public.e;
-- hazards: DELETES_DATA
DROP TYPE public.e_dibs_old;
-- hazards: CHANGES_BEHAVIOR
CREATE OR REPLACE FUNCTION public.is_b(s text)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
RETURN ((s)::public.e = 'b'::public.e);
-- hazards: CHANGES_BEHAVIOR
CREATE OR REPLACE FUNCTION public.labelled(s text DEFAULT ('b'::public.e)::text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
RETURN s;
