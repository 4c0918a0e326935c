-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.events RENAME CONSTRAINT events_kind_check TO events_kind_present;
