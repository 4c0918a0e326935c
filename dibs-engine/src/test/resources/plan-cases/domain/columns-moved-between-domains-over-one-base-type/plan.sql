-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t ALTER COLUMN a TYPE public.amount USING a::bigint::public.amount;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t ALTER COLUMN b TYPE public.amount USING b::bigint::public.amount;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t ALTER COLUMN c TYPE bigint USING c::bigint;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE, VALIDATES_EXISTING_ROWS
ALTER TABLE public.t ALTER COLUMN d TYPE public.positive_amount USING d::bigint::public.positive_amount;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t ALTER COLUMN e TYPE text USING e::text;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.t ALTER COLUMN f TYPE public.cents USING f::bigint::public.cents;
