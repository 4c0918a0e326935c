SELECT seqrelid::regclass || ':' || seqstart || ',' || seqincrement FROM pg_sequence WHERE seqrelid = pg_get_serial_sequence('b', 'id')::regclass
-- expect: a_id_seq:100,5
SELECT seqrelid::regclass || ':' || seqstart || ',' || seqincrement FROM pg_sequence WHERE seqrelid = pg_get_serial_sequence('c', 'id')::regclass
-- expect: b_id_seq:1,1
SELECT nextval(pg_get_serial_sequence('s', 'id'))
-- expect: 50
