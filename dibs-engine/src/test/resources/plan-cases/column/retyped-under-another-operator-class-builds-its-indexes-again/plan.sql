CREATE DOMAIN public.tags AS text[];
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD
ALTER TABLE public.t ALTER COLUMN flags TYPE bit varying USING flags::bit varying;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD
ALTER TABLE public.t ALTER COLUMN mask TYPE bit varying USING mask::bit varying;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t ALTER COLUMN plain TYPE bit varying USING plain::bit varying;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t ALTER COLUMN name TYPE text USING name::text;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t ALTER COLUMN tail TYPE bit varying USING tail::bit varying;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD
ALTER TABLE public.t ALTER COLUMN f TYPE public.mood USING f::public.mood;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD
ALTER TABLE public.t ALTER COLUMN m TYPE public.feeling USING m::public.mood::public.feeling;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD
ALTER TABLE public.t ALTER COLUMN boxed TYPE bit varying USING boxed::bit varying;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD
ALTER TABLE public.t ALTER COLUMN tags TYPE public.tags USING tags::text[]::public.tags;
DROP DOMAIN public.bits;
