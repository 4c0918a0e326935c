SELECT string_agg(conrelid::regclass::text || ':' || conislocal || ':' || coninhcount, ', ' ORDER BY conrelid::regclass::text) FROM pg_constraint WHERE contype = 'c' AND conrelid <> 0;
-- expect: events:true:0
