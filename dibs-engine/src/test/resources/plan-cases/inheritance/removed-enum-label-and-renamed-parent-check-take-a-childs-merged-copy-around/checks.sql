SELECT string_agg(conrelid::regclass::text || ':' || conname || ':' || conislocal, ', ' ORDER BY conrelid::regclass::text) FROM pg_constraint WHERE contype = 'c' AND conrelid <> 0;
-- expect: feelings:not_sad:true, feelings_0:not_sad:false
