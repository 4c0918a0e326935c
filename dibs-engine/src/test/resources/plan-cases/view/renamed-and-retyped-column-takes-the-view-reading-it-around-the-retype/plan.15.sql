-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
DROP VIEW public.richest;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
DROP VIEW public.positive;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.accounts RENAME COLUMN balance TO credit;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.accounts ALTER COLUMN credit TYPE bigint USING credit::bigint;
CREATE VIEW public.positive AS SELECT accounts.id,
    (accounts.credit)::integer AS balance
   FROM public.accounts
  WHERE (accounts.credit > 0);
CREATE VIEW public.richest AS SELECT max(positive.balance) AS top
   FROM public.positive;
