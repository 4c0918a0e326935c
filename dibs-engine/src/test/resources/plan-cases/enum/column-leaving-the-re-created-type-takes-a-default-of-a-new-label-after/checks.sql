INSERT INTO t (id, m) VALUES (2, 'd')
SELECT concat_ws(' ', id, k, m) FROM t ORDER BY id
-- expect: 1 a b, 2 d d
