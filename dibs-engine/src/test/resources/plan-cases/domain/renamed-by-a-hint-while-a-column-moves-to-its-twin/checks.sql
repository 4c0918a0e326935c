SELECT a || ' ' || pg_typeof(a) FROM t
-- expect: 5 amount
