SELECT concat_ws(' ', k, x) FROM t
-- expect: b a
