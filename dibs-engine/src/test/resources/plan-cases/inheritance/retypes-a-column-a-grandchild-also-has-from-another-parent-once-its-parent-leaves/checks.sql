SELECT string_agg(attname || ':' || format_type(atttypid, atttypmod) || ':' || attinhcount, ', ' ORDER BY attnum) FROM pg_attribute WHERE attrelid = 'd'::regclass AND attnum > 0 AND NOT attisdropped;
-- expect: id:integer:1, k:integer:2
