-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
DROP VIEW public.topmost;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
DROP VIEW public.top;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
DROP VIEW public.base;
CREATE VIEW public.base AS SELECT accounts.id,
    accounts.balance,
    accounts.owner
   FROM public.accounts;
CREATE VIEW public.top AS SELECT base.id,
    base.owner
   FROM public.base
  WHERE (base.balance > (10)::numeric);
CREATE VIEW public.topmost AS SELECT top.owner
   FROM public.top;
