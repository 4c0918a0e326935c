SELECT string_agg(conrelid::regclass::text || ':' || conname || ':' || conislocal, ', ' ORDER BY conrelid::regclass::text) FROM pg_constraint WHERE contype = 'c' AND conrelid <> 0;
-- expect: events_2024:events_2024_kind_present:true
