-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
DROP VIEW public.big_customers;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
DROP MATERIALIZED VIEW public.sales;
CREATE MATERIALIZED VIEW public.sales AS SELECT orders.customer,
    sum(orders.total) AS total,
    count(*) AS orders
   FROM public.orders
  GROUP BY orders.customer WITH DATA;
CREATE UNIQUE INDEX sales_customer ON public.sales USING btree (customer);
COMMENT ON MATERIALIZED VIEW public.sales IS 'per customer';
CREATE VIEW public.big_customers AS SELECT sales.customer
   FROM public.sales
  WHERE (sales.total > (10)::numeric);
