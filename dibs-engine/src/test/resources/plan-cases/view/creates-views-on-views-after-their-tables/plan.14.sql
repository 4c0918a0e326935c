CREATE TABLE public.accounts (
    id integer NOT NULL,
    owner text NOT NULL,
    balance numeric,
    CONSTRAINT accounts_pkey PRIMARY KEY (id)
);
CREATE VIEW public.a_rich AS SELECT accounts.id,
    accounts.owner,
    accounts.balance
   FROM public.accounts
  WHERE (accounts.balance > (1000)::numeric);
CREATE VIEW public.b_richest AS SELECT a_rich.owner
   FROM public.a_rich
  WHERE (a_rich.balance > (100000)::numeric);
CREATE VIEW public."0_names" AS SELECT r.owner
   FROM public.b_richest r;
