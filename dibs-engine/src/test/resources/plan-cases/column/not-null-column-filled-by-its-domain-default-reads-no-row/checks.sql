SELECT n FROM t
-- expect: 5
