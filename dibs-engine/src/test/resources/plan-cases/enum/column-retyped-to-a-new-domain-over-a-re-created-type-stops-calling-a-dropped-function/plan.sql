-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t ALTER COLUMN k DROP DEFAULT;
-- hazards: CHANGES_BEHAVIOR
DROP FUNCTION public.f();
ALTER TYPE public.e RENAME TO e_dibs_old;
CREATE TYPE public.e AS ENUM ('a', 'b');
-- hazards: DELETES_DATA
DROP TYPE public.e_dibs_old;
CREATE DOMAIN public.de AS public.e CONSTRAINT de_check CHECK ((VALUE <> 'a'::public.e));
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA, REWRITES_TABLE, VALIDATES_EXISTING_ROWS
ALTER TABLE public.t ALTER COLUMN k TYPE public.de USING k::public.e::public.de;
