SELECT flags::text || ' ' || mask::text || ' ' || plain::text || ' ' || f || ' ' || m || ' ' || boxed::text || ' ' || tags::text FROM t
-- expect: 1010 0110 0001 sad ok 0011 {x}
