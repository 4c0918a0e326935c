-- committed before the rest: later statements may use the new label
ALTER TYPE public.status ADD VALUE 'QUEUED' BEFORE 'NEW';
-- committed before the rest: later statements may use the new label
ALTER TYPE public.status ADD VALUE 'RUNNING' BEFORE 'DONE';
-- committed before the rest: later statements may use the new label
ALTER TYPE public.status ADD VALUE 'FAILED' AFTER 'DONE';
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.jobs ALTER COLUMN status SET DEFAULT 'RUNNING'::public.status;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.jobs ADD CONSTRAINT jobs_status_check CHECK ((status <> 'FAILED'::public.status)) NOT VALID;
-- hazards: VALIDATES_EXISTING_ROWS
-- after the rest commits, in a transaction of its own: reads every row without blocking writes; if it fails, the constraint stays NOT VALID
ALTER TABLE public.jobs VALIDATE CONSTRAINT jobs_status_check;
