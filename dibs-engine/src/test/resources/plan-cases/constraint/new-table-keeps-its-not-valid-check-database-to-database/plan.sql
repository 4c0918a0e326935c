CREATE TABLE public.t (
    id integer NOT NULL,
    a integer,
    u_id integer,
    CONSTRAINT t_pkey PRIMARY KEY (id)
);
ALTER TABLE public.t ADD CONSTRAINT t_a_check CHECK ((a > 0)) NOT VALID;
ALTER TABLE public.t ADD CONSTRAINT t_u_fk FOREIGN KEY (u_id) REFERENCES public.u (id) NOT VALID;
