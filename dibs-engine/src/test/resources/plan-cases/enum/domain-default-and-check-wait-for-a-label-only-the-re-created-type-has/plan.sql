ALTER TYPE public.e RENAME TO e_dibs_old;
CREATE TYPE public.e AS ENUM ('b', 'd');
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA, REWRITES_TABLE
ALTER TABLE public.t ALTER COLUMN k TYPE public.e USING k::text::public.e;
-- hazards: DELETES_DATA
DROP TYPE public.e_dibs_old;
ALTER DOMAIN public.dt SET DEFAULT ('d'::public.e)::text;
ALTER DOMAIN public.dt ADD CONSTRAINT dt_check CHECK ((VALUE = ANY (ARRAY[('d'::public.e)::text, 'x'::text]))) NOT VALID;
-- hazards: VALIDATES_EXISTING_ROWS
ALTER DOMAIN public.dt VALIDATE CONSTRAINT dt_check;
