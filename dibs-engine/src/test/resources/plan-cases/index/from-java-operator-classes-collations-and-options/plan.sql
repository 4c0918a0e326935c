CREATE TABLE public.accounts (
    id integer NOT NULL,
    handle text,
    ip inet,
    ref text,
    CONSTRAINT accounts_pkey PRIMARY KEY (id)
);
CREATE INDEX accounts_handle_c ON public.accounts USING btree (handle COLLATE "C" DESC);
CREATE INDEX accounts_handle_pattern ON public.accounts USING btree (handle text_pattern_ops) WHERE (handle IS NOT NULL);
CREATE INDEX accounts_ip ON public.accounts USING gist (ip inet_ops);
CREATE INDEX accounts_lower_handle ON public.accounts USING btree ((lower(handle)) text_pattern_ops);
CREATE UNIQUE INDEX accounts_ref_unique ON public.accounts USING btree (ref) NULLS NOT DISTINCT WITH (fillfactor=70);
