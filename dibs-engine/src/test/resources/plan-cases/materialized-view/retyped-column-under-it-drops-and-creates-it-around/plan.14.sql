-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
DROP MATERIALIZED VIEW public.big;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.orders ALTER COLUMN total TYPE bigint USING total::bigint;
CREATE MATERIALIZED VIEW public.big AS SELECT orders.id
   FROM public.orders
  WHERE (orders.total > 100) WITH NO DATA;
CREATE INDEX big_id ON public.big USING btree (id);
