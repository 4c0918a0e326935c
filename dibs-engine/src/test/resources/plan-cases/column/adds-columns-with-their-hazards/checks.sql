SELECT n FROM t
-- expect: 0
