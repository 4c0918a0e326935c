-- hazards: CHANGES_BEHAVIOR
DROP FUNCTION public.f0(x integer);
-- hazards: CHANGES_BEHAVIOR
CREATE OR REPLACE FUNCTION public.f0(a integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
RETURN (a + 1);
CREATE TABLE public.t1 (
    c0 integer DEFAULT public.f0(0),
    CONSTRAINT t1_c0_f0 CHECK ((public.f0(c0) > 0))
);
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.kept ADD COLUMN m integer DEFAULT public.f0(41);
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.kept ADD CONSTRAINT kept_n_f0 CHECK ((public.f0(n) > 0)) NOT VALID;
-- hazards: INDEX_BUILD
CREATE INDEX kept_f0 ON public.kept USING btree ((public.f0(n)));
-- hazards: VALIDATES_EXISTING_ROWS
-- after the rest commits, in a transaction of its own: reads every row without blocking writes; if it fails, the constraint stays NOT VALID
ALTER TABLE public.kept VALIDATE CONSTRAINT kept_n_f0;
