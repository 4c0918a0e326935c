-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.q DROP CONSTRAINT q_not_high;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.q_low;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.q_mid;
ALTER TYPE public.prio RENAME TO prio_dibs_old;
CREATE TYPE public.prio AS ENUM ('high', 'mid', 'low');
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.q ALTER COLUMN p TYPE public.prio USING p::text::public.prio;
DROP TYPE public.prio_dibs_old;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.q ADD CONSTRAINT q_not_high CHECK ((p <> 'high'::public.prio)) NOT VALID;
-- hazards: INDEX_BUILD
CREATE INDEX q_low ON public.q USING btree (id, (((p = 'low'::public.prio))));
-- hazards: INDEX_BUILD
CREATE INDEX q_mid ON public.q USING btree (id) WHERE (p = 'mid'::public.prio);
-- hazards: VALIDATES_EXISTING_ROWS
-- after the rest commits, in a transaction of its own: reads every row without blocking writes; if it fails, the constraint stays NOT VALID
ALTER TABLE public.q VALIDATE CONSTRAINT q_not_high;
