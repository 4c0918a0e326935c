-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
DROP POLICY positive ON public.accounts;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.accounts ALTER COLUMN balance TYPE bigint USING balance::bigint;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
CREATE POLICY positive ON public.accounts AS PERMISSIVE FOR INSERT TO PUBLIC WITH CHECK ((balance >= 0));
COMMENT ON POLICY positive ON public.accounts IS 'kept across the retype';
