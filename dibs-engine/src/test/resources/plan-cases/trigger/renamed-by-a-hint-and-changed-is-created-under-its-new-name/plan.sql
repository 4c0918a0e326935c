-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
DROP TRIGGER accounts_touch ON public.invoice;
CREATE TRIGGER invoice_touch BEFORE INSERT ON public.invoice FOR EACH ROW WHEN ((new.amount > 0)) EXECUTE FUNCTION public.touch();
