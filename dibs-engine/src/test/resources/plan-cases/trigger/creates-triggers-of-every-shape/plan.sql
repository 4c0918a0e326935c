CREATE TRIGGER accounts_balance AFTER UPDATE OF balance, status ON public.accounts FOR EACH ROW WHEN ((old.balance IS DISTINCT FROM new.balance)) EXECUTE FUNCTION public.audit('balance', 'it''s');
CREATE CONSTRAINT TRIGGER accounts_checked AFTER INSERT OR UPDATE ON public.accounts DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.audit();
CREATE TRIGGER accounts_inserted AFTER INSERT ON public.accounts REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION public.audit();
CREATE TRIGGER accounts_paused BEFORE DELETE ON public.accounts FOR EACH ROW EXECUTE FUNCTION public.touch();
ALTER TABLE public.accounts DISABLE TRIGGER accounts_paused;
CREATE TRIGGER accounts_touch BEFORE INSERT OR UPDATE ON public.accounts FOR EACH ROW EXECUTE FUNCTION public.touch();
COMMENT ON TRIGGER accounts_touch ON public.accounts IS 'keeps the row''s stamp';
CREATE TRIGGER accounts_truncated AFTER TRUNCATE ON public.accounts FOR EACH STATEMENT EXECUTE FUNCTION public.audit();
