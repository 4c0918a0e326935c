SELECT string_agg(attname || ':' || attislocal || ':' || attinhcount, ', ' ORDER BY attnum) FROM pg_attribute WHERE attrelid = 'events_2024'::regclass AND attnum > 0 AND NOT attisdropped;
-- expect: id:false:1, kind:false:2, tag:false:1
SELECT kind FROM events_2024;
-- expect: a
