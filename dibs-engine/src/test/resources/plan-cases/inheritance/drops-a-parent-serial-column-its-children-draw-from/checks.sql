SELECT count(*) FROM pg_class WHERE relkind = 'S';
-- expect: 0
SELECT string_agg(attrelid::regclass::text, ', ' ORDER BY attrelid::regclass::text) FROM pg_attribute WHERE attname = 'id' AND attnum > 0 AND NOT attisdropped AND attrelid::regclass::text LIKE 'events%';
-- expect: events_2025
