CREATE TABLE public.customers (
    id integer NOT NULL,
    CONSTRAINT customers_pkey PRIMARY KEY (id)
);
CREATE TABLE public.orders (
    id integer NOT NULL,
    customer_id integer,
    total numeric NOT NULL,
    CONSTRAINT orders_pkey PRIMARY KEY (id)
);
CREATE TRIGGER orders_total BEFORE UPDATE OF total ON public.orders FOR EACH ROW WHEN ((new.total < (0)::numeric)) EXECUTE FUNCTION public.touch();
ALTER TABLE public.orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers (id);
