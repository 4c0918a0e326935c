-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD
ALTER TABLE public.events ALTER COLUMN code TYPE character varying(40) USING code::character varying(40);
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD
ALTER TABLE public.events ALTER COLUMN bits TYPE bit varying USING bits::bit varying;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD
ALTER TABLE public.events ALTER COLUMN note TYPE character varying(100) USING note::character varying(100);
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.plain ALTER COLUMN code TYPE character varying(40) USING code::character varying(40);
