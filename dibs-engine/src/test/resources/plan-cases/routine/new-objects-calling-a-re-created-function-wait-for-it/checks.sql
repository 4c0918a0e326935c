SELECT (SELECT m FROM kept) || ' ' || pg_get_function_identity_arguments('f0'::regproc)
-- expect: 42 a integer
