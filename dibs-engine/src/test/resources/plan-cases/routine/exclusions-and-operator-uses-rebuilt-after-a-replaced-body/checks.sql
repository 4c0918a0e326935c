-- the exclusion holds the new spans: [7,12) overlaps none of [0,5) and [20,25) (it did [0,10))
INSERT INTO t (id, a, b) VALUES (3, 7, 8)
SELECT count(*) FROM t
-- expect: 3
