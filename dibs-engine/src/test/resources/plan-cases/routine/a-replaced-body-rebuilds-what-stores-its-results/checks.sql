-- the stored values are computed by the new bodies (the old ones: 40, 80)
SELECT p || ' ' || pp || ' ' || h FROM t WHERE id = 2
-- expect: 30 40 10
-- the unique index holds the new results: an old entry (40, for a = 20) would refuse this row
INSERT INTO t (id, a, d) VALUES (3, 30, 1)
-- the materialized view's rows are computed by the new body (the old one: 40)
SELECT pa FROM mv WHERE id = 2
-- expect: 30
SELECT count(*) FROM t
-- expect: 3
SELECT s FROM t WHERE id = 3
-- expect: v2 0
