-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.items_code;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.items_tag;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.items_title;
-- hazards: INDEX_BUILD, VALIDATES_EXISTING_ROWS
CREATE UNIQUE INDEX items_code ON public.items USING btree (code) NULLS NOT DISTINCT WITH (fillfactor=70);
-- hazards: INDEX_BUILD
CREATE INDEX items_tag ON public.items USING btree (tag);
-- hazards: INDEX_BUILD
CREATE INDEX items_title ON public.items USING btree (title text_pattern_ops);
