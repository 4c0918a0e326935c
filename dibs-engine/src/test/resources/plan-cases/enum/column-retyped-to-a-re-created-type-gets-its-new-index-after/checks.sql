SELECT tags::text || ' ' || kind::text || ' ' || used::text FROM t
-- expect: {b} a b
