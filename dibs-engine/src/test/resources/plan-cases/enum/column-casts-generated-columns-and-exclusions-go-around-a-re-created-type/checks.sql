SELECT string_agg(concat_ws(' ', id, k, hit, g), ', ' ORDER BY id) FROM t
-- expect: 1 b t, 2 c f c
SELECT string_agg(concat_ws(' ', id, se), ', ' ORDER BY id) FROM v
-- expect: 1 b
