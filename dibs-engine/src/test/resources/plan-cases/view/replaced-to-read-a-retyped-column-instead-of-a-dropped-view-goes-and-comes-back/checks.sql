SELECT x || ' ' || pg_typeof(x) FROM v
-- expect: 5 bigint
