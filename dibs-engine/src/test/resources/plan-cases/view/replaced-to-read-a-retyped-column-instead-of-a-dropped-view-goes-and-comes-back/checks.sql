SELECT x || ' ' || pg_typeof(x) FROM v
-- expect: 5 bigint
SELECT x || ' ' || pg_typeof(x) FROM v2
-- expect: 5 bigint
