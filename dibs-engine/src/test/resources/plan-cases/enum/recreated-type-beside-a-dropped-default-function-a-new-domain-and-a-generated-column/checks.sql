SELECT concat_ws(' ', k, x, g, m) FROM t
-- expect: b a a b
