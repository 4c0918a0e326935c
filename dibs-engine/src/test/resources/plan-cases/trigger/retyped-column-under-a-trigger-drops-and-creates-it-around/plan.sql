-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
DROP TRIGGER accounts_balance ON public.accounts;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.accounts ALTER COLUMN balance TYPE bigint USING balance::bigint;
CREATE TRIGGER accounts_balance AFTER UPDATE OF balance ON public.accounts FOR EACH ROW EXECUTE FUNCTION public.audit();
ALTER TABLE public.accounts ENABLE ALWAYS TRIGGER accounts_balance;
COMMENT ON TRIGGER accounts_balance ON public.accounts IS 'audits balances';
