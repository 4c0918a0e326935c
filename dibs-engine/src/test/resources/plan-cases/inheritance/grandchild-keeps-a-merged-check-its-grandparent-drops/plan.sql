-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.events DROP CONSTRAINT events_kind_check;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.events_2024_q1 DROP CONSTRAINT events_kind_check;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.events RENAME CONSTRAINT events_id_check TO events_id_positive;
