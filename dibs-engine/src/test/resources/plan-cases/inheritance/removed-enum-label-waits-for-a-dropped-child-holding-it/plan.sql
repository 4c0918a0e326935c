-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA
DROP TABLE public.events_archive;
ALTER TYPE public.status RENAME TO status_dibs_old;
CREATE TYPE public.status AS ENUM ('active');
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA, REWRITES_TABLE
ALTER TABLE public.events ALTER COLUMN s TYPE public.status USING s::text::public.status;
-- hazards: DELETES_DATA
DROP TYPE public.status_dibs_old;
