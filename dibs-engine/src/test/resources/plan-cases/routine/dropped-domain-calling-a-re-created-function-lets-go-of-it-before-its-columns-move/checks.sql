SELECT (SELECT n FROM t) || ' ' || pg_get_function_identity_arguments('positive'::regproc) || ' ' || format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 't'::regclass AND attname = 'n'
-- expect: 5 w integer amount
