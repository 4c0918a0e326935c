INSERT INTO t VALUES (2, 'd', '[1,5)')
INSERT INTO t VALUES (3, 'b', '[1,5)')
SELECT concat_ws(' ', id, k, g) FROM t ORDER BY id
-- expect: 1 b 0, 2 d 1, 3 b 0
UPDATE u SET s = 'b'
SELECT s FROM u
-- expect: B
SELECT concat_ws(' ', sqlf(), argf())
-- expect: d d
SELECT count(*) FROM v
-- expect: 1
