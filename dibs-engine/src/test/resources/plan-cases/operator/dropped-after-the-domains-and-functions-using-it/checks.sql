SELECT count(*) FROM pg_operator WHERE oprname = '~<<'
-- expect: 0
INSERT INTO kept (id) VALUES (1) RETURNING name || ' ' || public.kept_a('abc')::text
-- expect: none true
