-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
DROP TRIGGER people_mood ON public.people;
ALTER TYPE public.mood RENAME TO mood_dibs_old;
CREATE TYPE public.mood AS ENUM ('happy', 'ok');
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA, REWRITES_TABLE
ALTER TABLE public.people ALTER COLUMN mood TYPE public.mood USING mood::text::public.mood;
-- hazards: DELETES_DATA
DROP TYPE public.mood_dibs_old;
CREATE TRIGGER people_mood AFTER UPDATE OF mood ON public.people FOR EACH ROW WHEN ((old.mood IS DISTINCT FROM new.mood)) EXECUTE FUNCTION public.audit();
