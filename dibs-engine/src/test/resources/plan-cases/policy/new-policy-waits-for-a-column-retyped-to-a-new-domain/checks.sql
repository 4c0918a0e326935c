SELECT n || ' ' || pg_typeof(n) FROM t
-- expect: 2 pos
