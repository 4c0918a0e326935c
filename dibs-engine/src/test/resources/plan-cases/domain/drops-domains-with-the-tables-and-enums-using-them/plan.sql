CREATE TABLE public.other (
    id integer NOT NULL,
    CONSTRAINT other_pkey PRIMARY KEY (id)
);
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA
DROP TABLE public.people;
DROP DOMAIN public.cheerful;
DROP DOMAIN public.unused;
DROP TYPE public.mood;
