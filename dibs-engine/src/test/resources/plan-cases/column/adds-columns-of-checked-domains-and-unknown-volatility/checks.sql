SELECT count(*) FROM t WHERE p = 1 AND n BETWEEN 1 AND 11
-- expect: 2
