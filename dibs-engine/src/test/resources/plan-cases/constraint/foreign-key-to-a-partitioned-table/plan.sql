-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.old_refs DROP CONSTRAINT old_refs_event_id_fkey;
ALTER TABLE public.notes ADD CONSTRAINT notes_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events (id) ON DELETE CASCADE NOT VALID;
-- hazards: VALIDATES_EXISTING_ROWS
-- after the rest commits, in a transaction of its own: reads every row without blocking writes; if it fails, the constraint stays NOT VALID
ALTER TABLE public.notes VALIDATE CONSTRAINT notes_event_id_fkey;
