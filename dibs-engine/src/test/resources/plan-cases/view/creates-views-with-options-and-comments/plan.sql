CREATE VIEW public."Owners' view" WITH (security_barrier=true) AS SELECT DISTINCT owner
   FROM public.accounts;
CREATE VIEW public.rich WITH (check_option=local) AS SELECT id,
    owner
   FROM public.accounts
  WHERE (balance > (1000)::numeric);
COMMENT ON VIEW public.rich IS 'accounts above a thousand';
CREATE VIEW public.totals AS SELECT count(*) AS n,
    sum(balance) AS total
   FROM public.accounts;
