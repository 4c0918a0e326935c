-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
CREATE OR REPLACE VIEW public.rich AS SELECT id,
    owner,
    balance,
    opened
   FROM public.accounts
  WHERE (balance > (5000)::numeric);
