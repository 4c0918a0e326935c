SELECT count(*) FROM t WHERE q = '' AND NOT r AND x > 0 AND z IS NOT NULL
-- expect: 2
SELECT count(DISTINCT n) FROM t
-- expect: 2
