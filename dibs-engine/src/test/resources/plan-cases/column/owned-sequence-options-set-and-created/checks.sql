SELECT seqrelid::regclass || ':' || format_type(seqtypid, NULL) || ':' || seqstart || ':' || seqincrement || ':' || seqmax || ':' || seqcache FROM pg_sequence ORDER BY 1
-- expect: a_id_seq:bigint:1000:1:9223372036854775807:1, b_id_seq:integer:10:5:2147483647:1, c_id_seq:bigint:1:1:9223372036854775807:20
