-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
DROP VIEW public.sad_feelings_0;
ALTER TYPE public.mood RENAME TO mood_dibs_old;
CREATE TYPE public.mood AS ENUM ('happy', 'sad');
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA, REWRITES_TABLE
ALTER TABLE public.feelings ALTER COLUMN mood TYPE public.mood USING mood::text::public.mood;
-- hazards: DELETES_DATA
DROP TYPE public.mood_dibs_old;
CREATE VIEW public.sad_feelings_0 AS SELECT feelings_0.id,
    feelings_0.mood
   FROM public.feelings_0;
