-- hazards: CHANGES_BEHAVIOR
CREATE OR REPLACE FUNCTION public.touch()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$ BEGIN NEW.updated := clock_timestamp(); RETURN NEW; END $function$;
CREATE OR REPLACE FUNCTION public.audit_v2()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$ BEGIN RETURN NULL; END $function$;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
DROP TRIGGER orders_audit ON public.orders;
CREATE TRIGGER orders_audit AFTER INSERT ON public.orders FOR EACH ROW EXECUTE FUNCTION public.audit_v2();
-- hazards: CHANGES_BEHAVIOR
DROP FUNCTION public.audit_v1();
