-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.offices DROP CONSTRAINT offices_region_code_fkey;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.regions DROP CONSTRAINT regions_pkey;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD, VALIDATES_EXISTING_ROWS
ALTER TABLE public.regions ADD CONSTRAINT regions_pkey PRIMARY KEY (id);
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD, VALIDATES_EXISTING_ROWS
ALTER TABLE public.regions ADD CONSTRAINT regions_code_key UNIQUE (code);
ALTER TABLE public.offices ADD CONSTRAINT offices_region_code_fkey FOREIGN KEY (region_code) REFERENCES public.regions (code) NOT VALID;
-- hazards: VALIDATES_EXISTING_ROWS
-- after the rest commits, in a transaction of its own: reads every row without blocking writes; if it fails, the constraint stays NOT VALID
ALTER TABLE public.offices VALIDATE CONSTRAINT offices_region_code_fkey;
