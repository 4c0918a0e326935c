ALTER TYPE public.status RENAME TO status_dibs_old;
CREATE TYPE public.status AS ENUM ('DONE', 'NEW');
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA, REWRITES_TABLE
ALTER TABLE public.jobs ALTER COLUMN status DROP DEFAULT, ALTER COLUMN status TYPE public.status USING status::text::public.status, ALTER COLUMN status SET DEFAULT 'NEW'::public.status;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA, REWRITES_TABLE
ALTER TABLE public.jobs ALTER COLUMN history TYPE public.status[] USING history::text[]::public.status[];
-- hazards: DELETES_DATA
DROP TYPE public.status_dibs_old;
