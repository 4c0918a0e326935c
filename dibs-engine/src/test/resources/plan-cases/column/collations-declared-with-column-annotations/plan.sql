-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, VALIDATES_EXISTING_ROWS
ALTER TABLE public.accounts ADD COLUMN tags text[] COLLATE pg_catalog.ucs_basic NOT NULL;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD
ALTER TABLE public.accounts ALTER COLUMN handle TYPE text COLLATE pg_catalog."C" USING handle::text;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.accounts ALTER COLUMN email TYPE text USING email::text;
