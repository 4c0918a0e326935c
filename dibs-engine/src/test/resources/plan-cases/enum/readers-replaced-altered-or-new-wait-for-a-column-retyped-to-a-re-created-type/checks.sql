SELECT n || ' ' || pg_typeof(n) FROM v
-- expect: ok mood
