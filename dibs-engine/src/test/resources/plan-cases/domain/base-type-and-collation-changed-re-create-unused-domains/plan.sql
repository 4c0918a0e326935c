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
CREATE TABLE public.new_tags (
    id integer NOT NULL,
    t public.tag,
    CONSTRAINT new_tags_pkey PRIMARY KEY (id)
);
-- suggestion: table public.new_tags looks like a rename of public.old_tags: add @RenamedFrom("old_tags") to the class of public.new_tags to rename the table and keep its rows
