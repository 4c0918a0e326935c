SELECT c.relname || ': ' || coalesce(obj_description(c.oid, 'pg_class'), '-') FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid WHERE x.indrelid = 't'::regclass AND NOT x.indisprimary ORDER BY 1
-- expect: t_a_idx: now described, t_b_idx: new words, t_c_idx: -, t_d_idx: renamed, then described, t_id_a_idx: it's new
