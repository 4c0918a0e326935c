-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.favorites ADD COLUMN post_id bigint DEFAULT 0 NOT NULL;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.favorites ADD COLUMN source text;
