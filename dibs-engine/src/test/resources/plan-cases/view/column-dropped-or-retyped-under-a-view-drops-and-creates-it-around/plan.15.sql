-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
DROP VIEW public.noted;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
DROP VIEW public.positive_owners;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
DROP VIEW public.positive;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA
ALTER TABLE ONLY public.accounts DROP COLUMN note;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.accounts ALTER COLUMN balance TYPE bigint USING balance::bigint;
CREATE VIEW public.noted AS SELECT accounts.id
   FROM public.accounts;
CREATE VIEW public.positive AS SELECT accounts.id,
    accounts.owner
   FROM public.accounts
  WHERE (accounts.balance > 0);
CREATE VIEW public.positive_owners AS SELECT positive.owner
   FROM public.positive;
