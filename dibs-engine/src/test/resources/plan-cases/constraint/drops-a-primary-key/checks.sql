SELECT id + a FROM t
-- expect: 3
