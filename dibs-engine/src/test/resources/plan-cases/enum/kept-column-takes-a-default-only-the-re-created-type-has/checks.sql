SELECT concat_ws(' ', k, m) FROM t
-- expect: b b
INSERT INTO t (id) VALUES (2)
SELECT concat_ws(' ', k, m) FROM t WHERE id = 2
-- expect: d d
