SELECT count(*) FROM pg_trigger WHERE tgname = 'events_audit'
-- expect: 3
