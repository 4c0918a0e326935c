SELECT mood::text FROM feelings_0;
-- expect: sad
SELECT pg_get_expr(adbin, adrelid) FROM pg_attrdef WHERE adrelid = 'feelings_0'::regclass;
-- expect: 'happy'::mood
