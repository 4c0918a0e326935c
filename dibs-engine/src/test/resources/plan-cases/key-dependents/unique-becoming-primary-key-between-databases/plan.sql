-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.invoices DROP CONSTRAINT invoices_account_code_fkey;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.accounts DROP CONSTRAINT accounts_code_key;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD, VALIDATES_EXISTING_ROWS
ALTER TABLE public.accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY (code);
ALTER TABLE public.invoices ADD CONSTRAINT invoices_account_code_fkey FOREIGN KEY (account_code) REFERENCES public.accounts (code) ON DELETE CASCADE NOT VALID;
-- hazards: VALIDATES_EXISTING_ROWS
-- after the rest commits, in a transaction of its own: reads every row without blocking writes; if it fails, the constraint stays NOT VALID
ALTER TABLE public.invoices VALIDATE CONSTRAINT invoices_account_code_fkey;
