SELECT string_agg(conrelid::regclass::text || ':' || pg_get_constraintdef(oid) || ':' || conislocal, ', ' ORDER BY conrelid::regclass::text) FROM pg_constraint WHERE conname = 'events_kind_check';
-- expect: events:CHECK ((length(kind) > 0)):true, events_2024:CHECK ((length(kind) > 0)):false
