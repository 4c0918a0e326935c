-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
DROP VIEW public.mood;
CREATE TYPE public.mood AS ENUM ('calm', 'cheerful');
