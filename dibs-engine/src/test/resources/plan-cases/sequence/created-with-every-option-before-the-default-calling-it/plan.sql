CREATE SEQUENCE public.invoice_numbers AS integer INCREMENT BY 10 MINVALUE 100 MAXVALUE 100000 START WITH 1000 CACHE 5 CYCLE;
COMMENT ON SEQUENCE public.invoice_numbers IS 'one per invoice';
CREATE SEQUENCE public.invoice_refs AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;
CREATE TABLE public.invoice (
    id integer DEFAULT nextval('public.invoice_numbers'::regclass) NOT NULL,
    ref bigint,
    CONSTRAINT invoice_pkey PRIMARY KEY (id)
);
ALTER SEQUENCE public.invoice_refs OWNED BY public.invoice.ref;
