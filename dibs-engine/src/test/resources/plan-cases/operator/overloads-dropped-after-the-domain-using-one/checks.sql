SELECT count(*) FROM pg_operator WHERE oprname = '~<<'
-- expect: 0
INSERT INTO t VALUES (1, 500) RETURNING n
-- expect: 500
