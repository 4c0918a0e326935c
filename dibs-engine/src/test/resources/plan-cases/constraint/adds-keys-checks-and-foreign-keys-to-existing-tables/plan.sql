-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD, VALIDATES_EXISTING_ROWS
ALTER TABLE public.orgs ADD CONSTRAINT orgs_pkey PRIMARY KEY (id);
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD, VALIDATES_EXISTING_ROWS
ALTER TABLE public.orgs ADD CONSTRAINT orgs_code_key UNIQUE (code);
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.users ADD CONSTRAINT users_age_check CHECK ((age >= 0)) NOT VALID;
ALTER TABLE public.users ADD CONSTRAINT users_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs (id) NOT VALID;
-- hazards: VALIDATES_EXISTING_ROWS
-- after the rest commits, in a transaction of its own: reads every row without blocking writes; if it fails, the constraint stays NOT VALID
ALTER TABLE public.users VALIDATE CONSTRAINT users_age_check;
-- hazards: VALIDATES_EXISTING_ROWS
-- after the rest commits, in a transaction of its own: reads every row without blocking writes; if it fails, the constraint stays NOT VALID
ALTER TABLE public.users VALIDATE CONSTRAINT users_org_id_fkey;
