SELECT string_agg(conrelid::regclass::text || ':' || conislocal || ':' || coninhcount, ', ' ORDER BY conrelid::regclass::text) FROM pg_constraint WHERE contype = 'c' AND conrelid <> 0;
-- expect: feelings:true:0, feelings_0:false:2, moods:true:0
