ALTER DOMAIN public.dt DROP DEFAULT;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
DROP POLICY p ON public.u;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
DROP TRIGGER tr ON public.u;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.u ALTER COLUMN z DROP DEFAULT, ALTER COLUMN z SET DEFAULT 'z'::text;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.u ALTER COLUMN x DROP DEFAULT;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.u ALTER COLUMN y DROP DEFAULT;
ALTER TYPE public.e RENAME TO e_dibs_old;
CREATE TYPE public.e AS ENUM ('b', 'c');
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA, REWRITES_TABLE
ALTER TABLE public.t ALTER COLUMN k TYPE public.e USING k::text::public.e;
-- hazards: DELETES_DATA
DROP TYPE public.e_dibs_old;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.u ALTER COLUMN x SET DEFAULT ('b'::public.e)::text;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.u ALTER COLUMN y SET DEFAULT ('b'::public.e)::text;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.u ADD CONSTRAINT u_y_dibs_not_null CHECK (y IS NOT NULL) NOT VALID;
ALTER DOMAIN public.dt SET DEFAULT ('b'::public.e)::text;
CREATE TRIGGER tr BEFORE UPDATE ON public.u FOR EACH ROW WHEN ((new.s IS DISTINCT FROM ('b'::public.e)::text)) EXECUTE FUNCTION public.trf();
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
CREATE POLICY p ON public.u AS PERMISSIVE FOR ALL TO PUBLIC USING ((s <> ('c'::public.e)::text));
-- hazards: VALIDATES_EXISTING_ROWS
-- after the rest commits, in a transaction of its own: reads every row without blocking writes; if it fails, the constraint stays NOT VALID
ALTER TABLE public.u VALIDATE CONSTRAINT u_y_dibs_not_null;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
-- after the validations commit, in one last transaction with the others so marked: the validated check proves no row holds NULL, so SET NOT NULL reads none
ALTER TABLE public.u ALTER COLUMN y SET NOT NULL;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
-- after the validations commit, in one last transaction with the others so marked: the validated check proves no row holds NULL, so SET NOT NULL reads none
ALTER TABLE public.u DROP CONSTRAINT u_y_dibs_not_null;
