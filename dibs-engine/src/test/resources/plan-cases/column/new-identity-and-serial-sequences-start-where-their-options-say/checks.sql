SELECT nextval('d_id_seq') || ',' || nextval('d_id_seq')
-- expect: 1000,1010
SELECT nextval('e_id_seq')
-- expect: 500
SELECT nextval('f_id_seq')
-- expect: 42
SELECT format_type(seqtypid, NULL) || ':' || nextval('g_id_seq') FROM pg_sequence WHERE seqrelid = 'g_id_seq'::regclass
-- expect: bigint:7
