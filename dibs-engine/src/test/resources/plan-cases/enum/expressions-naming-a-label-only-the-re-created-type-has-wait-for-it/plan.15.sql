-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA
DROP TABLE public.w;
ALTER TYPE public.e RENAME TO e_dibs_old;
CREATE TYPE public.e AS ENUM ('b', 'd');
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA, REWRITES_TABLE
ALTER TABLE public.t ALTER COLUMN k TYPE public.e USING k::text::public.e;
-- hazards: DELETES_DATA
DROP TYPE public.e_dibs_old;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.t ADD COLUMN g integer GENERATED ALWAYS AS (
CASE
    WHEN (k = 'd'::public.e) THEN 1
    ELSE 0
END) STORED;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD, VALIDATES_EXISTING_ROWS
ALTER TABLE public.t ADD CONSTRAINT t_r_excl EXCLUDE USING gist (r WITH &&) WHERE ((k = 'd'::public.e));
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.u ADD CONSTRAINT u_s_check CHECK ((s <> ('d'::public.e)::text)) NOT VALID;
CREATE TRIGGER tr BEFORE UPDATE ON public.u FOR EACH ROW WHEN ((new.s IS DISTINCT FROM ('d'::public.e)::text)) EXECUTE FUNCTION public.trf();
CREATE VIEW public.v AS SELECT u.id
   FROM public.u
  WHERE (u.s <> ('d'::public.e)::text);
CREATE MATERIALIZED VIEW public.mv AS SELECT t.id
   FROM public.t
  WHERE (t.k = 'd'::public.e) WITH DATA;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_ROW_ACCESS
CREATE POLICY p ON public.u AS PERMISSIVE FOR ALL TO PUBLIC USING ((s <> ('d'::public.e)::text));
CREATE OR REPLACE FUNCTION public.argf(x public.e DEFAULT 'd'::public.e)
 RETURNS text
 LANGUAGE plpgsql
AS $function$ BEGIN RETURN x::text; END $function$;
CREATE OR REPLACE FUNCTION public.sqlf()
 RETURNS public.e
 LANGUAGE sql
RETURN 'd'::public.e;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_ROW_ACCESS
ALTER TABLE public.u ENABLE ROW LEVEL SECURITY;
-- hazards: VALIDATES_EXISTING_ROWS
-- after the rest commits, in a transaction of its own: reads every row without blocking writes; if it fails, the constraint stays NOT VALID
ALTER TABLE public.u VALIDATE CONSTRAINT u_s_check;
