INSERT INTO note_view (body) VALUES ('through the view')
SELECT count(*) FROM notes WHERE body = 'through the view'
-- expect: 1
SELECT obj_description(oid, 'pg_trigger') FROM pg_trigger WHERE tgname = 'note_view_insert'
-- expect: writes through
