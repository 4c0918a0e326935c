SELECT ('^A' ~<< 'abc')::text
-- expect: true
