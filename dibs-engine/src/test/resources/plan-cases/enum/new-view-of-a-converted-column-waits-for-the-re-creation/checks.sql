SELECT concat_ws(' ', id, k) FROM v
-- expect: 1 c
