-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA
ALTER TABLE ONLY public.people DROP COLUMN gone;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA
DROP TABLE public.moods_log;
ALTER TYPE public.mood RENAME TO mood_dibs_old;
CREATE TYPE public.mood AS ENUM ('sad', 'happy');
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.people ALTER COLUMN mood TYPE public.mood USING mood::text::public.mood;
DROP TYPE public.mood_dibs_old;
