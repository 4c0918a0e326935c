CREATE VIEW public.created WITH (security_barrier=true, security_invoker=true) AS SELECT accounts.id,
    accounts.owner
   FROM public.accounts;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
ALTER VIEW public.definer RESET (security_invoker);
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
ALTER VIEW public.invoker SET (security_invoker=true);
