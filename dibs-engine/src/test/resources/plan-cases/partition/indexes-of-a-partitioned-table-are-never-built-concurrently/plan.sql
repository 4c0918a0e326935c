-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.events_at_idx;
-- hazards: INDEX_BUILD
CREATE INDEX events_kind_idx ON public.events USING btree (kind);
