SELECT created_at::text || ' ' || cut::text FROM t
-- expect: 2026-01-01 10:00:00.123456 2026-01-01 10:00:00.12
