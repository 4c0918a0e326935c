ALTER TYPE public.e0 RENAME TO e0_dibs_old;
CREATE TYPE public.e0 AS ENUM ('b', 'c', 'd', 'a');
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.t ALTER COLUMN v TYPE public.e0 USING v::text::public.e0;
DROP TYPE public.e0_dibs_old;
