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
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE, VALIDATES_EXISTING_ROWS
ALTER TABLE public.t ALTER COLUMN g TYPE public.strictly_positive USING g::bigint::public.strictly_positive;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.t ALTER COLUMN h TYPE public.other_code USING h::character varying(20)::public.other_code;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD
ALTER TABLE public.t ALTER COLUMN i TYPE text USING i::text;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t ALTER COLUMN j TYPE public.temper USING j::public.mood::public.temper;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.t ALTER COLUMN k TYPE public.amount[] USING k::bigint[]::public.amount[];
