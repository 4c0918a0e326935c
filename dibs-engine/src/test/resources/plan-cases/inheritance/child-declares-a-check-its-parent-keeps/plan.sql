-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.events_2024 ADD CONSTRAINT events_kind_check CHECK ((kind <> ''::text)) NOT VALID;
-- hazards: VALIDATES_EXISTING_ROWS
-- after the rest commits, in a transaction of its own: reads every row without blocking writes; if it fails, the constraint stays NOT VALID
ALTER TABLE public.events_2024 VALIDATE CONSTRAINT events_kind_check;
