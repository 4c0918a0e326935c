SELECT ('^a' ~<< 'abc')::text || ' ' || ('^b' ~<< 'abc')::text
-- expect: true false
