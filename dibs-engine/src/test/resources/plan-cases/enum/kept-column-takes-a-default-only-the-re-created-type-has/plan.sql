-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t DROP CONSTRAINT t_k_check;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t ALTER COLUMN m DROP DEFAULT;
-- hazards: CHANGES_BEHAVIOR
DROP FUNCTION public.f();
ALTER TYPE public.e RENAME TO e_dibs_old;
CREATE TYPE public.e AS ENUM ('b', 'd');
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA, REWRITES_TABLE
ALTER TABLE public.t ALTER COLUMN k DROP DEFAULT, ALTER COLUMN k TYPE public.e USING k::text::public.e, ALTER COLUMN k SET DEFAULT 'd'::public.e;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA, REWRITES_TABLE
ALTER TABLE public.t ALTER COLUMN m DROP DEFAULT, ALTER COLUMN m TYPE public.e USING m::text::public.e, ALTER COLUMN m SET DEFAULT 'd'::public.e;
-- hazards: DELETES_DATA
DROP TYPE public.e_dibs_old;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t ALTER COLUMN k DROP DEFAULT, ALTER COLUMN k SET DEFAULT 'd'::public.e;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t ALTER COLUMN m SET DEFAULT 'd'::public.e;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t ADD CONSTRAINT t_k_check CHECK ((k = ANY (ARRAY['b'::public.e, 'd'::public.e]))) NOT VALID;
-- hazards: VALIDATES_EXISTING_ROWS
-- after the rest commits, in a transaction of its own: reads every row without blocking writes; if it fails, the constraint stays NOT VALID
ALTER TABLE public.t VALIDATE CONSTRAINT t_k_check;
