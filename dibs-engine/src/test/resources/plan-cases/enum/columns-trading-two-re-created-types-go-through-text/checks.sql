SELECT a || ' ' || pg_typeof(a) || ' ' || b || ' ' || pg_typeof(b) || ' ' || c::text || ' ' || pg_typeof(c) FROM t
-- expect: sad status new mood {ok,sad} status[]
SELECT pg_get_expr(adbin, adrelid) FROM pg_attrdef WHERE adrelid = 't'::regclass
-- expect: 'ok'::status
