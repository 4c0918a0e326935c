-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.accounts RENAME TO customers;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.customers RENAME CONSTRAINT accounts_pkey TO customers_pkey;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA
ALTER TABLE ONLY public.customers DROP COLUMN legacy;
