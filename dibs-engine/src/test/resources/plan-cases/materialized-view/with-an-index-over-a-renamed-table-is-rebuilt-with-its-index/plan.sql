-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
DROP MATERIALIZED VIEW public.regions;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.accounts RENAME TO customers;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.customers RENAME CONSTRAINT accounts_pkey TO customers_pkey;
CREATE MATERIALIZED VIEW public.regions AS SELECT region,
    count(*) AS accounts
   FROM public.customers
  GROUP BY region WITH DATA;
CREATE UNIQUE INDEX regions_region ON public.regions USING btree (region);
