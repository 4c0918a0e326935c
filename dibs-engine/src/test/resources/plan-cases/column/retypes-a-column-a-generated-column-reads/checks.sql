SELECT doubled || '/' || label || '/' || note || '/' || pg_typeof(price) FROM t
-- expect: 20/p10/kept/bigint
