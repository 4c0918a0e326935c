ALTER TYPE public.mood RENAME TO mood_dibs_old;
CREATE TYPE public.mood AS ENUM ('happy', 'sad');
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA, REWRITES_TABLE
ALTER TABLE public.feelings ALTER COLUMN mood DROP DEFAULT, ALTER COLUMN mood TYPE public.mood USING mood::text::public.mood, ALTER COLUMN mood SET DEFAULT 'happy'::public.mood;
-- hazards: DELETES_DATA
DROP TYPE public.mood_dibs_old;
