SELECT k::text FROM t
-- expect: b
INSERT INTO t (id) VALUES (2)
SELECT k::text FROM t WHERE id = 2
-- expect: d
