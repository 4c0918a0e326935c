SELECT count(*) FROM pg_class WHERE relname LIKE 'favorites%' AND relkind = 'r';
-- expect: 0
