SELECT ('^a' ~<< 'abc')::text
-- expect: true
