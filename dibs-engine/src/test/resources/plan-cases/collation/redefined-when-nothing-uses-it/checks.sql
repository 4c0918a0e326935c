SELECT collisdeterministic || ':' || obj_description(oid, 'pg_collation') FROM pg_collation WHERE collname = 'sorting'
-- expect: false:Swedish
