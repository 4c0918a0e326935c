-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.old_q RENAME TO q;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.q DROP CONSTRAINT old_q_high_is_two;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.q DROP CONSTRAINT old_q_one_low;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.old_q_low;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.q RENAME CONSTRAINT old_q_pkey TO q_pkey;
ALTER TYPE public.prio RENAME TO prio_dibs_old;
CREATE TYPE public.prio AS ENUM ('low', 'high');
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA, REWRITES_TABLE
ALTER TABLE public.q ALTER COLUMN p TYPE public.prio USING p::text::public.prio;
-- hazards: DELETES_DATA
DROP TYPE public.prio_dibs_old;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.q ADD CONSTRAINT q_high_is_two CHECK (((p <> 'high'::public.prio) OR (id = 2))) NOT VALID;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD, VALIDATES_EXISTING_ROWS
ALTER TABLE public.q ADD CONSTRAINT q_one_low EXCLUDE USING btree (id WITH =) WHERE ((p = 'low'::public.prio));
-- hazards: INDEX_BUILD
CREATE INDEX q_low ON public.q USING btree (id) WHERE (p = 'low'::public.prio);
-- hazards: VALIDATES_EXISTING_ROWS
-- after the rest commits, in a transaction of its own: reads every row without blocking writes; if it fails, the constraint stays NOT VALID
ALTER TABLE public.q VALIDATE CONSTRAINT q_high_is_two;
