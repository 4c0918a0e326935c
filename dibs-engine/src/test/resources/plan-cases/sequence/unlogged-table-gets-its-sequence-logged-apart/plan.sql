CREATE SEQUENCE public.limits_id_seq AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;
CREATE UNLOGGED TABLE public.limits (
    id bigint DEFAULT nextval('public.limits_id_seq'::regclass) NOT NULL,
    key text
);
ALTER SEQUENCE public.limits_id_seq OWNED BY public.limits.id;
