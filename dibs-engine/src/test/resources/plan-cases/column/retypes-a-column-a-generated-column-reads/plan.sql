-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t DROP CONSTRAINT t_doubled_check;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.t_doubled_idx;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.t_label_idx;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE ONLY public.t DROP COLUMN doubled;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE ONLY public.t DROP COLUMN label;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.t ALTER COLUMN price TYPE bigint USING price::bigint;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.t ADD COLUMN doubled bigint GENERATED ALWAYS AS ((price * 2)) STORED NOT NULL;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.t ADD COLUMN label text GENERATED ALWAYS AS (('p'::text || price)) STORED;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t ADD CONSTRAINT t_doubled_check CHECK ((doubled >= 0)) NOT VALID;
-- hazards: INDEX_BUILD
CREATE INDEX t_doubled_idx ON public.t USING btree (doubled);
-- hazards: INDEX_BUILD
CREATE INDEX t_label_idx ON public.t USING btree ((lower(label))) WHERE (note IS NOT NULL);
-- hazards: VALIDATES_EXISTING_ROWS
-- after the rest commits, in a transaction of its own: reads every row without blocking writes; if it fails, the constraint stays NOT VALID
ALTER TABLE public.t VALIDATE CONSTRAINT t_doubled_check;
