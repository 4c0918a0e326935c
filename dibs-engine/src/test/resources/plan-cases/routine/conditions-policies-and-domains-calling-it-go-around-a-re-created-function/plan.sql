ALTER DOMAIN public.flag DROP DEFAULT;
ALTER DOMAIN public.pos DROP CONSTRAINT pos_check;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
DROP POLICY only_positive ON public.t;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
DROP TRIGGER t_stamp ON public.t;
-- hazards: CHANGES_BEHAVIOR
DROP FUNCTION public.positive(v integer);
-- hazards: CHANGES_BEHAVIOR
CREATE OR REPLACE FUNCTION public.positive(w integer)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
RETURN (w > 0);
ALTER DOMAIN public.flag SET DEFAULT public.positive(1);
ALTER DOMAIN public.pos ADD CONSTRAINT pos_check CHECK (public.positive(VALUE)) NOT VALID;
-- hazards: VALIDATES_EXISTING_ROWS
ALTER DOMAIN public.pos VALIDATE CONSTRAINT pos_check;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t ADD COLUMN g public.flag;
CREATE TRIGGER t_stamp BEFORE UPDATE ON public.t FOR EACH ROW WHEN (public.positive(new.m)) EXECUTE FUNCTION public.stamp();
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
CREATE POLICY only_positive ON public.t AS PERMISSIVE FOR ALL TO PUBLIC USING (public.positive(m));
