SELECT k::text FROM t
-- expect: 5
