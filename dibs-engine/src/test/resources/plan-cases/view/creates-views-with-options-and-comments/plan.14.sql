CREATE VIEW public."Owners' view" WITH (security_barrier=true) AS SELECT DISTINCT accounts.owner
   FROM public.accounts;
CREATE VIEW public.rich WITH (check_option=local) AS SELECT accounts.id,
    accounts.owner
   FROM public.accounts
  WHERE (accounts.balance > (1000)::numeric);
COMMENT ON VIEW public.rich IS 'accounts above a thousand';
CREATE VIEW public.totals AS SELECT count(*) AS n,
    sum(accounts.balance) AS total
   FROM public.accounts;
