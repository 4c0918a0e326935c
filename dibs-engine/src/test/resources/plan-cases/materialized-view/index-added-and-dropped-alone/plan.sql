-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.sales_total;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.sales_changed;
-- hazards: INDEX_BUILD
CREATE INDEX sales_changed ON public.sales USING btree (customer, total);
-- hazards: INDEX_BUILD
CREATE UNIQUE INDEX sales_customer ON public.sales USING btree (customer);
