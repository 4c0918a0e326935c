-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
CREATE OR REPLACE VIEW public.rich AS SELECT accounts.id,
    accounts.owner,
    accounts.balance,
    accounts.opened
   FROM public.accounts
  WHERE (accounts.balance > (5000)::numeric);
