SELECT string_agg(concat_ws(' ', id, k, g, h, x), ', ' ORDER BY id) FROM t
-- expect: 1 b b t, 2 c c f c
SELECT string_agg(attname || '=' || attgenerated::text, ', ' ORDER BY attnum) FROM pg_attribute WHERE attrelid = 't'::regclass AND attnum > 0
-- expect: id=, k=, g=, h=, x=
