-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.orders RENAME CONSTRAINT orders_pkey TO old_orders_pkey;
