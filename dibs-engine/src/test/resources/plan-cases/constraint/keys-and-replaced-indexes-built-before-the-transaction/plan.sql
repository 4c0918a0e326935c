-- hazards: INDEX_BUILD, VALIDATES_EXISTING_ROWS
-- before the rest, outside any transaction (it cannot run in one), under a temporary name the transaction gives over: reads and writes go on while it builds; if it fails, nothing else runs and it stays INVALID
CREATE UNIQUE INDEX CONCURRENTLY accounts_pkey_dibs_new ON public.accounts USING btree (id);
-- hazards: INDEX_BUILD, VALIDATES_EXISTING_ROWS
-- before the rest, outside any transaction (it cannot run in one), under a temporary name the transaction gives over: reads and writes go on while it builds; if it fails, nothing else runs and it stays INVALID
CREATE UNIQUE INDEX CONCURRENTLY accounts_email_region_key_dibs_new ON public.accounts USING btree (email) INCLUDE (region);
-- hazards: INDEX_BUILD, VALIDATES_EXISTING_ROWS
-- before the rest, outside any transaction (it cannot run in one), under a temporary name the transaction gives over: reads and writes go on while it builds; if it fails, nothing else runs and it stays INVALID
CREATE UNIQUE INDEX CONCURRENTLY accounts_handle_key_dibs_new ON public.accounts USING btree (handle, region);
-- hazards: INDEX_BUILD
-- before the rest, outside any transaction (it cannot run in one), under a temporary name the transaction gives over: reads and writes go on while it builds; if it fails, nothing else runs and it stays INVALID
CREATE INDEX CONCURRENTLY accounts_region_idx_dibs_new ON public.accounts USING btree (region, plan);
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.accounts_handle_key;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.accounts_region_idx;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.accounts ADD COLUMN note text;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY USING INDEX accounts_pkey_dibs_new;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.accounts ADD CONSTRAINT accounts_email_region_key UNIQUE USING INDEX accounts_email_region_key_dibs_new;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD, VALIDATES_EXISTING_ROWS
ALTER TABLE public.accounts ADD CONSTRAINT accounts_handle_plan_key UNIQUE (handle, plan) DEFERRABLE INITIALLY DEFERRED;
ALTER INDEX public.accounts_handle_key_dibs_new RENAME TO accounts_handle_key;
ALTER INDEX public.accounts_region_idx_dibs_new RENAME TO accounts_region_idx;
COMMENT ON INDEX public.accounts_region_idx IS 'by region';
-- hazards: INDEX_BUILD
-- after the rest commits, outside any transaction (it cannot run in one): reads and writes go on while it builds; if it fails, the index stays INVALID
CREATE INDEX CONCURRENTLY accounts_plan_idx ON public.accounts USING btree (plan) WHERE (plan <> 'free'::text);
