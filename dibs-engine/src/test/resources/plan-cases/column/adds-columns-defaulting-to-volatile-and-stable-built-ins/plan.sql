-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.t ADD COLUMN q text DEFAULT "left"(current_query(), 0);
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.t ADD COLUMN r boolean DEFAULT pg_is_in_recovery();
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t ADD COLUMN x bigint DEFAULT txid_current();
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t ADD COLUMN z timestamp without time zone DEFAULT timezone('utc'::text, now());
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.t ADD COLUMN n bigint DEFAULT nextval('public.tickets'::regclass);
