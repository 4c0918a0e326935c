SELECT seqrelid::regclass || ':' || format_type(seqtypid, NULL) || ':' || seqstart || ':' || seqmax || ':' || seqcycle FROM pg_sequence ORDER BY 1
-- expect: a_id_seq:integer:1:2147483647:false
