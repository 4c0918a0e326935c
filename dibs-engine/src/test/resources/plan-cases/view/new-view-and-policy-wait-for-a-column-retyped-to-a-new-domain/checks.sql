SELECT n || ' ' || pg_typeof(n) FROM v
-- expect: 2 pos
