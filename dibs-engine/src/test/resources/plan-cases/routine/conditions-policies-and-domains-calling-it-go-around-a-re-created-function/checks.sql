WITH u AS (UPDATE t SET m = m RETURNING m, g) SELECT (SELECT m || ' ' || g FROM u) || ' ' || (SELECT pg_get_function_identity_arguments('positive'::regproc)) || ' ' || (SELECT count(*) FROM pg_policy WHERE polname = 'only_positive') || ' ' || (SELECT pg_get_expr(typdefaultbin, 0) FROM pg_type WHERE typname = 'flag')
-- expect: 103 true w integer 1 positive(1)
SELECT CASE WHEN (SELECT count(*) FROM pg_constraint WHERE conname = 'pos_check' AND convalidated) = 1 THEN 'checked' END
-- expect: checked
