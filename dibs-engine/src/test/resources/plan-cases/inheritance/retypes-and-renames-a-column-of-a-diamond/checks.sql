SELECT string_agg(attname || ':' || format_type(atttypid, atttypmod) || ':' || attinhcount, ', ' ORDER BY attnum) FROM pg_attribute WHERE attrelid = 'c'::regclass AND attnum > 0 AND NOT attisdropped;
-- expect: id:integer:2, k:bigint:2, jj:integer:2
SELECT k || ' ' || jj FROM c;
-- expect: 2 3
