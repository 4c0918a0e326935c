SELECT n + code FROM t
-- expect: 19
