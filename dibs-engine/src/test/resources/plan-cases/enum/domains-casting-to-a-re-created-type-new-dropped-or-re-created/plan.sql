DROP DOMAIN public.gone;
DROP DOMAIN public.rebased;
ALTER TYPE public.e RENAME TO e_dibs_old;
CREATE TYPE public.e AS ENUM ('b', 'c');
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA, REWRITES_TABLE
ALTER TABLE public.t ALTER COLUMN k TYPE public.e USING k::text::public.e;
-- hazards: DELETES_DATA
DROP TYPE public.e_dibs_old;
CREATE DOMAIN public.fresh AS text DEFAULT ('c'::public.e)::text CONSTRAINT fresh_check CHECK ((VALUE <> ('b'::public.e)::text));
CREATE DOMAIN public.rebased AS text DEFAULT ('b'::public.e)::text CONSTRAINT rebased_check CHECK ((VALUE <> ('c'::public.e)::text));
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE, VALIDATES_EXISTING_ROWS
ALTER TABLE public.t ADD COLUMN f public.fresh;
