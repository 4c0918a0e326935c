INSERT INTO t (id, k) VALUES (2, 'd')
SELECT concat_ws(' ', id, k, s) FROM t ORDER BY id
-- expect: 1 b x, 2 d d
