SELECT string_agg(conrelid::regclass::text || ':' || conname || ':' || conislocal || ':' || coninhcount, ', ' ORDER BY conrelid::regclass::text) FROM pg_constraint WHERE contype = 'c' AND conrelid <> 0;
-- expect: feelings:not_sad:true:0, feelings_0:not_sad:true:1
