-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.t ALTER COLUMN longer TYPE character varying(10)[] USING longer::character varying(10)[];
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t ALTER COLUMN unbounded TYPE character varying[] USING unbounded::character varying[];
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.t ALTER COLUMN as_text TYPE text[] USING as_text::text[];
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.t ALTER COLUMN as_varchar TYPE character varying[] USING as_varchar::character varying[];
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.t ALTER COLUMN wider TYPE numeric(7,2)[] USING wider::numeric(7,2)[];
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t ALTER COLUMN free TYPE numeric[] USING free::numeric[];
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.t ALTER COLUMN stamps TYPE timestamp without time zone[] USING stamps::timestamp without time zone[];
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public.t ALTER COLUMN nets TYPE inet[] USING nets::inet[];
