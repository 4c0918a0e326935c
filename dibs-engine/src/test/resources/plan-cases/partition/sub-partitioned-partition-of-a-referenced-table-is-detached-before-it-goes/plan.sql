-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, VALIDATES_EXISTING_ROWS
ALTER TABLE public.events DETACH PARTITION public.events_mid;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA
DROP TABLE public.events_mid;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
CREATE TABLE public.events_mid PARTITION OF public.events FOR VALUES FROM (100) TO (500) PARTITION BY HASH (id);
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
CREATE TABLE public.events_mid_0 PARTITION OF public.events_mid FOR VALUES WITH (modulus 2, remainder 0);
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
CREATE TABLE public.events_mid_1 PARTITION OF public.events_mid FOR VALUES WITH (modulus 2, remainder 1);
