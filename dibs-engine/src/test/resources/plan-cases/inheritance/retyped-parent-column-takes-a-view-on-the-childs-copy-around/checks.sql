SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'favorites_0'::regclass AND attname = 'score';
-- expect: bigint
SELECT id || ':' || score FROM top_favorites_0;
-- expect: 1:20
