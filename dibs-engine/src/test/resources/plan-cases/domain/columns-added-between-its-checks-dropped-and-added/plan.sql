ALTER DOMAIN public.label ADD CONSTRAINT label_short CHECK ((length(VALUE) < 100)) NOT VALID;
-- hazards: VALIDATES_EXISTING_ROWS
ALTER DOMAIN public.label VALIDATE CONSTRAINT label_short;
ALTER DOMAIN public.quantity SET DEFAULT 10;
ALTER DOMAIN public.quantity DROP NOT NULL;
ALTER DOMAIN public.quantity DROP CONSTRAINT quantity_positive;
SET LOCAL check_function_bodies = off;
-- hazards: CHANGES_BEHAVIOR
CREATE OR REPLACE FUNCTION public.rounded(a integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE STRICT
AS $function$SELECT a / 10 * 10$function$;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.orders ADD COLUMN amount public.quantity;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE, VALIDATES_EXISTING_ROWS
ALTER TABLE public.orders ADD COLUMN tag public.label;
ALTER DOMAIN public.quantity ADD CONSTRAINT quantity_positive CHECK ((public.rounded(VALUE) > 0)) NOT VALID;
-- hazards: VALIDATES_EXISTING_ROWS
ALTER DOMAIN public.quantity VALIDATE CONSTRAINT quantity_positive;
