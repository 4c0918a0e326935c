SELECT a_sum() || '/' || keep_sum() || '/' || pg_typeof(b) FROM t
-- expect: 5/7/bigint
