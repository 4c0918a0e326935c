SELECT public.starts_with_a('abc')::text || ' ' || public.starts_with_a('bc')::text
-- expect: true false
INSERT INTO tags (id) VALUES (1) RETURNING name
-- expect: ttrue
SELECT count(*) FROM pg_constraint WHERE conname = 'tag_no_space' AND pg_get_constraintdef(oid) LIKE '%~<<%'
-- expect: 1
