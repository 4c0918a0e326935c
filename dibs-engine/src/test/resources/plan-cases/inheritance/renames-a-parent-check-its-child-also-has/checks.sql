SELECT string_agg(conrelid::regclass::text || ':' || conname, ', ' ORDER BY conrelid::regclass::text) FROM pg_constraint WHERE contype = 'c' AND conrelid <> 0;
-- expect: events:events_kind_present, events_2024:events_kind_present
