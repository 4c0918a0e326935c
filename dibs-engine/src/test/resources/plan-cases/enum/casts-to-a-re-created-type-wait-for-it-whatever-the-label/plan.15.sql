-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.t ALTER COLUMN k DROP DEFAULT, ALTER COLUMN k TYPE text USING k::text;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.t ALTER COLUMN m DROP DEFAULT, ALTER COLUMN m TYPE text USING m::text;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA
DROP TABLE public.w;
DROP DOMAIN public.de;
ALTER TYPE public.e RENAME TO e_dibs_old;
CREATE TYPE public.e AS ENUM ('b', 'c');
-- hazards: DELETES_DATA
DROP TYPE public.e_dibs_old;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t ALTER COLUMN k SET DEFAULT ('b'::public.e)::text;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t ALTER COLUMN m SET DEFAULT ('c'::public.e)::text;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t ADD CONSTRAINT t_n_check CHECK (((n > 0) OR (k = ('c'::public.e)::text))) NOT VALID;
CREATE VIEW public.v AS SELECT t.id
   FROM public.t
  WHERE (t.k <> ('c'::public.e)::text);
ALTER DOMAIN public.dt SET DEFAULT ('b'::public.e)::text;
-- hazards: VALIDATES_EXISTING_ROWS
-- after the rest commits, in a transaction of its own: reads every row without blocking writes; if it fails, the constraint stays NOT VALID
ALTER TABLE public.t VALIDATE CONSTRAINT t_n_check;
