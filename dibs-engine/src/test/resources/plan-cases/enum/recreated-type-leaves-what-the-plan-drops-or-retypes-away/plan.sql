-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA
ALTER TABLE ONLY public.jobs DROP COLUMN gone;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.jobs ALTER COLUMN legacy TYPE text USING legacy::text;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA
DROP TABLE public.events;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA
DROP TABLE public.old_jobs;
DROP DOMAIN public.old_status;
ALTER TYPE public.status RENAME TO status_dibs_old;
CREATE TYPE public.status AS ENUM ('DONE', 'NEW');
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA, REWRITES_TABLE
ALTER TABLE public.jobs ALTER COLUMN status DROP DEFAULT, ALTER COLUMN status TYPE public.status USING status::text::public.status, ALTER COLUMN status SET DEFAULT 'NEW'::public.status;
-- hazards: DELETES_DATA
DROP TYPE public.status_dibs_old;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.jobs ADD COLUMN later public.status;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA, REWRITES_TABLE
ALTER TABLE public.jobs ALTER COLUMN note TYPE public.status USING note::public.status;
