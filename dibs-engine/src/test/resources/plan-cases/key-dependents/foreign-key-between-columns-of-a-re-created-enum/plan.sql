-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.jobs DROP CONSTRAINT jobs_status_fkey;
ALTER TYPE public.status RENAME TO status_dibs_old;
CREATE TYPE public.status AS ENUM ('DONE', 'NEW');
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA, REWRITES_TABLE
ALTER TABLE public.jobs ALTER COLUMN status TYPE public.status USING status::text::public.status;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA, REWRITES_TABLE
ALTER TABLE public.states ALTER COLUMN status TYPE public.status USING status::text::public.status;
-- hazards: DELETES_DATA
DROP TYPE public.status_dibs_old;
ALTER TABLE public.jobs ADD CONSTRAINT jobs_status_fkey FOREIGN KEY (status) REFERENCES public.states (status) NOT VALID;
-- hazards: VALIDATES_EXISTING_ROWS
-- after the rest commits, in a transaction of its own: reads every row without blocking writes; if it fails, the constraint stays NOT VALID
ALTER TABLE public.jobs VALIDATE CONSTRAINT jobs_status_fkey;
