INSERT INTO t (id, n) VALUES (2, 1)
SELECT concat_ws(' ', id, k, m, s) FROM t ORDER BY id
-- expect: 1 a c x, 2 b c b
SELECT count(*) FROM v
-- expect: 2
