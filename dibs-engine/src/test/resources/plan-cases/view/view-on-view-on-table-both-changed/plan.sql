-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
DROP VIEW public.topmost;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
DROP VIEW public.top;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
DROP VIEW public.base;
CREATE VIEW public.base AS SELECT id,
    balance,
    owner
   FROM public.accounts;
CREATE VIEW public.top AS SELECT id,
    owner
   FROM public.base
  WHERE (balance > (10)::numeric);
CREATE VIEW public.topmost AS SELECT owner
   FROM public.top;
