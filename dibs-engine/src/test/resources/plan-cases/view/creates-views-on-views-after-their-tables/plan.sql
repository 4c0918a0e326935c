CREATE TABLE public.accounts (
    id integer NOT NULL,
    owner text NOT NULL,
    balance numeric,
    CONSTRAINT accounts_pkey PRIMARY KEY (id)
);
CREATE VIEW public.a_rich AS SELECT id,
    owner,
    balance
   FROM public.accounts
  WHERE (balance > (1000)::numeric);
CREATE VIEW public.b_richest AS SELECT owner
   FROM public.a_rich
  WHERE (balance > (100000)::numeric);
CREATE VIEW public."0_names" AS SELECT owner
   FROM public.b_richest r;
