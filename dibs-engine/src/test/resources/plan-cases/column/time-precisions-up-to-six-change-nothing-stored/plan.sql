-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t ALTER COLUMN created_at TYPE timestamp(6) without time zone USING created_at::timestamp(6) without time zone;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t ALTER COLUMN seen TYPE timestamp(6) with time zone USING seen::timestamp(6) with time zone;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t ALTER COLUMN at_time TYPE time without time zone USING at_time::time without time zone;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t ALTER COLUMN took TYPE interval(6) USING took::interval(6);
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA, REWRITES_TABLE
ALTER TABLE public.t ALTER COLUMN cut TYPE timestamp(2) without time zone USING cut::timestamp(2) without time zone;
