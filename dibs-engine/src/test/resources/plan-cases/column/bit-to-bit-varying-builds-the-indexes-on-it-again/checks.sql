SELECT flags::text || ' ' || mask::text || ' ' || plain::text FROM t
-- expect: 1010 0110 0001
