INSERT INTO t (id, a) VALUES (1, 0)
SELECT s FROM t
-- expect: v2 0
