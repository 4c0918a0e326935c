-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.events DROP CONSTRAINT events_kind_check;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.events_2024 RENAME CONSTRAINT events_kind_check TO events_2024_kind_present;
