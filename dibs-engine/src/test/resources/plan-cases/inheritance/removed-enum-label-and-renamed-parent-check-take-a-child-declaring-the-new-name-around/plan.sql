-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.feelings DROP CONSTRAINT feelings_mood_check;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.feelings_0 DROP CONSTRAINT feelings_mood_check;
ALTER TYPE public.mood RENAME TO mood_dibs_old;
CREATE TYPE public.mood AS ENUM ('happy', 'sad');
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA, REWRITES_TABLE
ALTER TABLE public.feelings ALTER COLUMN mood TYPE public.mood USING mood::text::public.mood;
-- hazards: DELETES_DATA
DROP TYPE public.mood_dibs_old;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.feelings ADD CONSTRAINT not_sad CHECK ((mood <> 'sad'::public.mood)) NOT VALID;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.feelings_0 ADD CONSTRAINT not_sad CHECK ((mood <> 'sad'::public.mood)) NOT VALID;
-- hazards: VALIDATES_EXISTING_ROWS
-- after the rest commits, in a transaction of its own: reads every row without blocking writes; if it fails, the constraint stays NOT VALID
ALTER TABLE public.feelings VALIDATE CONSTRAINT not_sad;
-- hazards: VALIDATES_EXISTING_ROWS
-- after the rest commits, in a transaction of its own: reads every row without blocking writes; if it fails, the constraint stays NOT VALID
ALTER TABLE public.feelings_0 VALIDATE CONSTRAINT not_sad;
