DROP DOMAIN public.counter;
CREATE DOMAIN public.counter AS bigint CONSTRAINT counter_check CHECK ((VALUE >= 0));
DROP DOMAIN public.word;
CREATE DOMAIN public.word AS text COLLATE "C";
CREATE TABLE public.counts (
    id integer NOT NULL,
    n public.counter,
    CONSTRAINT counts_pkey PRIMARY KEY (id)
);
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA
DROP TABLE public.old_tags;
DROP DOMAIN public.tag;
CREATE DOMAIN public.tag AS character varying(30);
