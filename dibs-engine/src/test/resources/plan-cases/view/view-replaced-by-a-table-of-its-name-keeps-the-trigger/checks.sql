SELECT count(*) FROM pg_trigger WHERE tgname = 'notes_counted' AND tgrelid = 'notes'::regclass
-- expect: 1
