-- hazards: INDEX_BUILD, VALIDATES_EXISTING_ROWS
-- before the rest, outside any transaction (it cannot run in one), under a temporary name the transaction gives over: reads and writes go on while it builds; if it fails, nothing else runs and it stays INVALID
CREATE UNIQUE INDEX CONCURRENTLY orgs_code_key_dibs_new ON public.orgs USING btree (code);
-- hazards: INDEX_BUILD, VALIDATES_EXISTING_ROWS
-- before the rest, outside any transaction (it cannot run in one), under a temporary name the transaction gives over: reads and writes go on while it builds; if it fails, nothing else runs and it stays INVALID
CREATE UNIQUE INDEX CONCURRENTLY users_email_key_dibs_new ON public.users USING btree (email, name);
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.users_email_key;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.users ADD COLUMN nickname text;
ALTER INDEX public.orgs_code_key_dibs_new RENAME TO orgs_code_key;
ALTER INDEX public.users_email_key_dibs_new RENAME TO users_email_key;
ALTER TABLE public.users ADD CONSTRAINT users_org_code_fkey FOREIGN KEY (org_code) REFERENCES public.orgs (code) NOT VALID;
-- hazards: INDEX_BUILD
-- after the rest commits, outside any transaction (it cannot run in one): reads and writes go on while it builds; if it fails, the index stays INVALID
CREATE INDEX CONCURRENTLY users_name_idx ON public.users USING btree (name);
-- after the rest commits, once the index is built
COMMENT ON INDEX public.users_name_idx IS 'by name';
-- hazards: INDEX_BUILD
-- after the rest commits, outside any transaction (it cannot run in one): reads and writes go on while it builds; if it fails, the index stays INVALID
CREATE INDEX CONCURRENTLY users_nickname_idx ON public.users USING btree (nickname);
-- hazards: VALIDATES_EXISTING_ROWS
-- after the rest commits, in a transaction of its own: reads every row without blocking writes; if it fails, the constraint stays NOT VALID
ALTER TABLE public.users VALIDATE CONSTRAINT users_org_code_fkey;
