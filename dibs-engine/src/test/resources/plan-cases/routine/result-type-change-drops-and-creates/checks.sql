SELECT pg_typeof(answer())::text || ' ' || greet('you')
-- expect: bigint hello you
