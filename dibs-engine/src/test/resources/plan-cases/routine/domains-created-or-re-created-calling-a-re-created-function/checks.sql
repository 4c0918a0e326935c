WITH i AS (INSERT INTO t (id, n, s) VALUES (1, 2, 3) RETURNING f) SELECT (SELECT f FROM i) || ' ' || pg_get_function_identity_arguments('positive'::regproc) || ' ' || (SELECT format_type(typbasetype, NULL) FROM pg_type WHERE typname = 'small')
-- expect: true w integer integer
SELECT count(*) FROM pg_depend WHERE refobjid = 'positive'::regproc AND classid = 'pg_constraint'::regclass
-- expect: 2
