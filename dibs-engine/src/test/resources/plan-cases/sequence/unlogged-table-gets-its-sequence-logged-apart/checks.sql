SELECT relname || ':' || relpersistence::text FROM pg_class WHERE relname IN ('limits', 'limits_id_seq') ORDER BY 1
-- expect: limits:u, limits_id_seq:p
