SELECT a || ' ' || pg_typeof(a) || ' ' || b || ' ' || pg_typeof(b) FROM t
-- expect: sad happy new mood
