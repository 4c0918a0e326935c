-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.t ALTER COLUMN a TYPE text USING a::text;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.t ALTER COLUMN b TYPE text USING b::text;
ALTER TYPE public.mood RENAME TO mood_dibs_old;
CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'new');
DROP TYPE public.mood_dibs_old;
ALTER TYPE public.status RENAME TO status_dibs_old;
CREATE TYPE public.status AS ENUM ('new', 'ok', 'sad');
DROP TYPE public.status_dibs_old;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA, REWRITES_TABLE
ALTER TABLE public.t ALTER COLUMN b TYPE public.mood USING b::public.mood;
CREATE DOMAIN public.happy AS public.status CONSTRAINT happy_check CHECK ((VALUE <> 'new'::public.status));
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA, REWRITES_TABLE, VALIDATES_EXISTING_ROWS
ALTER TABLE public.t ALTER COLUMN a TYPE public.happy USING a::public.status::public.happy;
