CREATE EXTENSION hstore WITH SCHEMA public VERSION '1.8';
CREATE EXTENSION pg_trgm WITH SCHEMA public VERSION '1.6';
COMMENT ON EXTENSION pg_trgm IS 'trigrams for title search';
CREATE TABLE public.doc (
    id integer NOT NULL,
    attrs public.hstore,
    title text,
    CONSTRAINT doc_pkey PRIMARY KEY (id)
);
CREATE INDEX doc_title_trgm ON public.doc USING gin (title public.gin_trgm_ops);
