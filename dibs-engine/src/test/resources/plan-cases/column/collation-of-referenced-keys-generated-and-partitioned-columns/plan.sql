-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.cities DROP CONSTRAINT cities_country_fkey;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE ONLY public.cities DROP COLUMN shout;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.cities ALTER COLUMN country TYPE text COLLATE pg_catalog."C" USING country::text;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.cities ALTER COLUMN name TYPE text COLLATE pg_catalog."POSIX" USING name::text;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD
ALTER TABLE public.countries ALTER COLUMN code TYPE text COLLATE pg_catalog."C" USING code::text;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD
ALTER TABLE public.visits ALTER COLUMN city TYPE text COLLATE pg_catalog."C" USING city::text;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.cities ADD COLUMN shout text GENERATED ALWAYS AS (upper(name)) STORED;
ALTER TABLE public.cities ADD CONSTRAINT cities_country_fkey FOREIGN KEY (country) REFERENCES public.countries (code) NOT VALID;
-- hazards: VALIDATES_EXISTING_ROWS
-- after the rest commits, in a transaction of its own: reads every row without blocking writes; if it fails, the constraint stays NOT VALID
ALTER TABLE public.cities VALIDATE CONSTRAINT cities_country_fkey;
