ALTER DOMAIN public.cents RENAME TO money_cents;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t ALTER COLUMN a TYPE public.amount USING a::bigint::public.amount;
