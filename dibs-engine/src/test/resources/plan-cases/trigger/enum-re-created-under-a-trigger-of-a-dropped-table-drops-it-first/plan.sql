-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
DROP TRIGGER moods_log_changed ON public.moods_log;
ALTER TYPE public.mood RENAME TO mood_dibs_old;
CREATE TYPE public.mood AS ENUM ('sad', 'happy');
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.moods_log ALTER COLUMN mood TYPE public.mood USING mood::text::public.mood;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.people ALTER COLUMN mood TYPE public.mood USING mood::text::public.mood;
DROP TYPE public.mood_dibs_old;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA
DROP TABLE public.moods_log;
