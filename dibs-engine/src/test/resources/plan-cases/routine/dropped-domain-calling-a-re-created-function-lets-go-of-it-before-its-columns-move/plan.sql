ALTER DOMAIN public.old_amount DROP CONSTRAINT old_amount_check;
ALTER DOMAIN public.old_amount DROP DEFAULT;
-- hazards: CHANGES_BEHAVIOR
DROP FUNCTION public.positive(v integer);
-- hazards: CHANGES_BEHAVIOR
CREATE OR REPLACE FUNCTION public.positive(w integer)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
RETURN (w > 0);
CREATE DOMAIN public.amount AS integer CONSTRAINT amount_check CHECK (public.positive(VALUE));
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA, REWRITES_TABLE, VALIDATES_EXISTING_ROWS
ALTER TABLE public.t ALTER COLUMN n TYPE public.amount USING n::integer::public.amount;
DROP DOMAIN public.old_amount;
