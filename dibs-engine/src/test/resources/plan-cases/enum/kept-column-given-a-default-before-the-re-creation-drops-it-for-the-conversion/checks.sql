SELECT concat_ws(' ', k, m, x) FROM t
-- expect: c a b
INSERT INTO t (id) VALUES (2)
SELECT concat_ws(' ', k, m) FROM t WHERE id = 2
-- expect: b a
