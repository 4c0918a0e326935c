ALTER DOMAIN public.pos DROP CONSTRAINT pos_check;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
DROP TRIGGER accounts_touch ON public.accounts;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.accounts RENAME TO customers;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.customers RENAME CONSTRAINT accounts_pkey TO customers_pkey;
-- hazards: CHANGES_BEHAVIOR
DROP FUNCTION public.positive(v integer);
-- hazards: CHANGES_BEHAVIOR
CREATE OR REPLACE FUNCTION public.positive(w integer)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
RETURN (w > 0);
ALTER DOMAIN public.pos ADD CONSTRAINT pos_check CHECK ((public.positive(VALUE) AND (VALUE < 1000))) NOT VALID;
-- hazards: VALIDATES_EXISTING_ROWS
ALTER DOMAIN public.pos VALIDATE CONSTRAINT pos_check;
CREATE TRIGGER customers_touch BEFORE UPDATE ON public.customers FOR EACH ROW WHEN (public.positive(new.balance)) EXECUTE FUNCTION public.touch();
