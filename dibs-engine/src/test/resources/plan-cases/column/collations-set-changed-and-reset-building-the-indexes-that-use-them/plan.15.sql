-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_BEHAVIOR
DROP VIEW public.item_names;
CREATE TABLE public.tags (
    name character varying(40) COLLATE pg_catalog."C" NOT NULL,
    title text COLLATE pg_catalog."POSIX",
    CONSTRAINT tags_pkey PRIMARY KEY (name)
);
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.items ADD COLUMN added text COLLATE pg_catalog."C";
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD
ALTER TABLE public.items ALTER COLUMN code TYPE text COLLATE pg_catalog."C" USING code::text;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.items ALTER COLUMN note TYPE text COLLATE pg_catalog."POSIX" USING note::text;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD
ALTER TABLE public.items ALTER COLUMN tag TYPE character varying(20) USING tag::character varying(20);
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.items ALTER COLUMN name TYPE text COLLATE pg_catalog."C" USING name::text;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD
ALTER TABLE public.items ALTER COLUMN label TYPE text COLLATE pg_catalog.ucs_basic USING label::text;
CREATE VIEW public.item_names AS SELECT items.id,
    items.name
   FROM public.items;
