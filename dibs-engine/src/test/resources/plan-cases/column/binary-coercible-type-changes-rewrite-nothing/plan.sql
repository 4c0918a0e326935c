-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t ALTER COLUMN net TYPE inet USING net::inet;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t ALTER COLUMN doc TYPE text USING doc::text;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t ALTER COLUMN doc2 TYPE character varying USING doc2::character varying;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t ALTER COLUMN flags TYPE bit varying USING flags::bit varying;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.t ALTER COLUMN flags2 TYPE bit varying(6) USING flags2::text::bit varying(6);
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA, REWRITES_TABLE
ALTER TABLE public.t ALTER COLUMN more TYPE bit(3) USING more::text::bit(3);
