-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
DROP TRIGGER accounts_checked ON public.accounts;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
DROP TRIGGER accounts_touch ON public.accounts;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
DROP TRIGGER accounts_watch ON public.accounts;
CREATE CONSTRAINT TRIGGER accounts_checked AFTER INSERT ON public.accounts DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.audit();
CREATE TRIGGER accounts_touch BEFORE INSERT OR UPDATE ON public.accounts FOR EACH ROW EXECUTE FUNCTION public.touch();
CREATE TRIGGER accounts_watch AFTER UPDATE ON public.accounts FOR EACH ROW WHEN ((new.balance < ('-100'::integer)::numeric)) EXECUTE FUNCTION public.audit('low');
ALTER TABLE public.accounts DISABLE TRIGGER accounts_watch;
COMMENT ON TRIGGER accounts_watch ON public.accounts IS 'paused while we migrate';
