SELECT n || label FROM t
-- expect: 42abc
