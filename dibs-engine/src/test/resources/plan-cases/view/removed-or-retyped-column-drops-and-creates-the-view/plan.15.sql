-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
DROP VIEW public.narrower;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
DROP VIEW public.renamed;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
DROP VIEW public.retyped;
CREATE VIEW public.narrower AS SELECT accounts.id,
    accounts.owner
   FROM public.accounts;
COMMENT ON VIEW public.narrower IS 'created again with its comment';
CREATE VIEW public.renamed AS SELECT accounts.id,
    accounts.owner AS holder
   FROM public.accounts;
CREATE VIEW public.retyped AS SELECT accounts.id,
    (accounts.balance)::integer AS balance
   FROM public.accounts;
