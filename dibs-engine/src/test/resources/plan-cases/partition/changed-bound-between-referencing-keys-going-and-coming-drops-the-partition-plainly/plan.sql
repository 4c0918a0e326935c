-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.notes DROP CONSTRAINT notes_event_id_fkey;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.events DETACH PARTITION public.events_mid;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA
DROP TABLE public.events_mid;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
CREATE TABLE public.events_mid PARTITION OF public.events FOR VALUES FROM (100) TO (500);
ALTER TABLE public.links ADD CONSTRAINT links_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events (id) NOT VALID;
-- hazards: VALIDATES_EXISTING_ROWS
-- after the rest commits, in a transaction of its own: reads every row without blocking writes; if it fails, the constraint stays NOT VALID
ALTER TABLE public.links VALIDATE CONSTRAINT links_event_id_fkey;
