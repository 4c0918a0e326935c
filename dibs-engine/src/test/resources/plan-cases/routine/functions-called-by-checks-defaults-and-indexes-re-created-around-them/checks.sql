INSERT INTO t (id, a) VALUES (2, -7)
SELECT a::text || ' ' || b::text || ' ' || c::text FROM t WHERE id = 2
-- expect: -7 1 3
