SELECT pg_get_indexdef(i.oid) FROM pg_constraint k JOIN pg_class i ON i.oid = k.conindid WHERE k.conname = 'posts_tag_slug_fkey'
-- expect: CREATE UNIQUE INDEX tags_slug_idx ON public.tags USING btree (slug) INCLUDE (label)
