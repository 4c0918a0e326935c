-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.accounts RENAME TO customers;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.customers RENAME COLUMN balance TO credit;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.customers RENAME CONSTRAINT accounts_pkey TO customers_pkey;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_ROW_ACCESS
ALTER POLICY funded ON public.notes USING ((account IN ( SELECT customers.id
   FROM public.customers
  WHERE (customers.credit > 0))));
