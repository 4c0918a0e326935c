-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
LOCK TABLE public.e IN ACCESS EXCLUSIVE MODE;
CREATE SEQUENCE public.e_id_seq_dibs_new AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;
SELECT pg_catalog.setval('public.e_id_seq_dibs_new'::regclass, v) FROM pg_catalog.pg_sequence_last_value(pg_catalog.pg_get_serial_sequence('public.e'::regclass::text, 'id')::regclass) AS v WHERE v IS NOT NULL;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
LOCK TABLE public.s IN ACCESS EXCLUSIVE MODE;
CREATE SEQUENCE public.s_id_seq_dibs_new AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 NO CYCLE;
SELECT pg_catalog.setval('public.s_id_seq_dibs_new'::regclass, v) FROM pg_catalog.pg_sequence_last_value(pg_catalog.pg_get_serial_sequence('public.s'::regclass::text, 'id')::regclass) AS v WHERE v IS NOT NULL;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.e ALTER COLUMN id DROP IDENTITY;
ALTER SEQUENCE public.e_id_seq_dibs_new RENAME TO e_id_seq;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.e ALTER COLUMN id SET DEFAULT nextval('public.e_id_seq'::regclass);
ALTER SEQUENCE public.e_id_seq OWNED BY public.e.id;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.s ALTER COLUMN id DROP IDENTITY;
ALTER SEQUENCE public.s_id_seq_dibs_new RENAME TO s_id_seq;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.s ALTER COLUMN id SET DEFAULT nextval('public.s_id_seq'::regclass);
ALTER SEQUENCE public.s_id_seq OWNED BY public.s.id;
