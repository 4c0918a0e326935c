CREATE TABLE public.t (
    id integer NOT NULL,
    a integer NOT NULL,
    CONSTRAINT t_pkey PRIMARY KEY (id)
);
CREATE INDEX t_a_idx ON public.t USING btree (a);
