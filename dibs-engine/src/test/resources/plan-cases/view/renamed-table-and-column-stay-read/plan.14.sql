-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
DROP MATERIALIZED VIEW public.totals;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.accounts RENAME TO customers;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.customers RENAME COLUMN balance TO credit;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.customers RENAME CONSTRAINT accounts_pkey TO customers_pkey;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
CREATE OR REPLACE VIEW public.positive AS SELECT customers.id,
    customers.credit AS balance
   FROM public.customers
  WHERE (customers.credit > 0);
CREATE MATERIALIZED VIEW public.totals AS SELECT sum(customers.credit) AS total
   FROM public.customers WITH DATA;
