-- hazards: INDEX_BUILD
CREATE INDEX users_addr ON public.users USING gist (addr inet_ops);
-- hazards: INDEX_BUILD, VALIDATES_EXISTING_ROWS
CREATE UNIQUE INDEX users_code_unique ON public.users USING btree (code) NULLS NOT DISTINCT WITH (fillfactor=70);
-- hazards: INDEX_BUILD
CREATE INDEX users_email_gist ON public.users USING gist (email public.gist_trgm_ops (siglen='32'));
-- hazards: INDEX_BUILD
CREATE INDEX users_email_trgm ON public.users USING gin (email public.gin_trgm_ops);
-- hazards: INDEX_BUILD
CREATE INDEX users_lower_name ON public.users USING btree ((lower((name)::text)) text_pattern_ops);
-- hazards: INDEX_BUILD
CREATE INDEX users_name_c ON public.users USING btree (name COLLATE "C" DESC NULLS LAST);
-- hazards: INDEX_BUILD
CREATE INDEX users_name_pattern ON public.users USING btree (name varchar_pattern_ops) WHERE (name IS NOT NULL);
