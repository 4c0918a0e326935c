SELECT last_value FROM t_id_seq
-- expect: 50
