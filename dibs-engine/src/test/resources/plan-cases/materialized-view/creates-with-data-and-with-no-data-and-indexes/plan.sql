CREATE MATERIALIZED VIEW public.later WITH (fillfactor=70) AS SELECT id,
    total
   FROM public.orders WITH NO DATA;
CREATE MATERIALIZED VIEW public.sales AS SELECT customer,
    sum(total) AS total
   FROM public.orders
  GROUP BY customer WITH DATA;
CREATE UNIQUE INDEX sales_customer ON public.sales USING btree (customer);
CREATE INDEX sales_total ON public.sales USING btree (total DESC);
COMMENT ON MATERIALIZED VIEW public.sales IS 'per customer';
CREATE VIEW public.sales_view AS SELECT customer
   FROM public.sales;
