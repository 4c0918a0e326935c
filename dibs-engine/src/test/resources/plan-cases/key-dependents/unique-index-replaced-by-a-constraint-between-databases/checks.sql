SELECT i.relname FROM pg_constraint k JOIN pg_class i ON i.oid = k.conindid WHERE k.conname = 'posts_tag_slug_fkey'
-- expect: tags_slug_key
