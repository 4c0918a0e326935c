SELECT k::text FROM t
-- expect: b
