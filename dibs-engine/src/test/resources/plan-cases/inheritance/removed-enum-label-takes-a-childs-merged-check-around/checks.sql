SELECT string_agg(conrelid::regclass::text || ':' || conislocal, ', ' ORDER BY conrelid::regclass::text) FROM pg_constraint WHERE contype = 'c' AND conrelid <> 0;
-- expect: feelings:true, feelings_0:false, feelings_1:true
