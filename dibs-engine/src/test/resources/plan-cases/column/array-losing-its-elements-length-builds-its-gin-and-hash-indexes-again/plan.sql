-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD
ALTER TABLE public.t ALTER COLUMN tags TYPE character varying[] USING tags::character varying[];
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD
ALTER TABLE public.t ALTER COLUMN prices TYPE numeric[] USING prices::numeric[];
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t ALTER COLUMN codes TYPE character varying[] USING codes::character varying[];
