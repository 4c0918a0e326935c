-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
DROP VIEW public.big_customers;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
DROP MATERIALIZED VIEW public.sales;
CREATE MATERIALIZED VIEW public.sales AS SELECT customer,
    sum(total) AS total,
    count(*) AS orders
   FROM public.orders
  GROUP BY customer WITH DATA;
CREATE UNIQUE INDEX sales_customer ON public.sales USING btree (customer);
COMMENT ON MATERIALIZED VIEW public.sales IS 'per customer';
CREATE VIEW public.big_customers AS SELECT customer
   FROM public.sales
  WHERE (total > (10)::numeric);
