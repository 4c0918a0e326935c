CREATE MATERIALIZED VIEW public.later WITH (fillfactor=70) AS SELECT orders.id,
    orders.total
   FROM public.orders WITH NO DATA;
CREATE MATERIALIZED VIEW public.sales AS SELECT orders.customer,
    sum(orders.total) AS total
   FROM public.orders
  GROUP BY orders.customer WITH DATA;
CREATE UNIQUE INDEX sales_customer ON public.sales USING btree (customer);
CREATE INDEX sales_total ON public.sales USING btree (total DESC);
COMMENT ON MATERIALIZED VIEW public.sales IS 'per customer';
CREATE VIEW public.sales_view AS SELECT sales.customer
   FROM public.sales;
