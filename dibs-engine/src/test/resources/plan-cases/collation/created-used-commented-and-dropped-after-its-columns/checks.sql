SELECT string_agg(attname || '=' || COALESCE(c.collname, '-'), ', ' ORDER BY attname) FROM pg_attribute a LEFT JOIN pg_collation c ON c.oid = a.attcollation AND a.attcollation <> 100 WHERE attrelid = 'people'::regclass AND attnum > 0
-- expect: code=plain, id=-, login=case_insensitive, name=-, nick=numeric
SELECT string_agg(collname || ':' || collisdeterministic || ':' || COALESCE(obj_description(oid, 'pg_collation'), '-'), ', ' ORDER BY collname) FROM pg_collation WHERE collnamespace = 'public'::regnamespace
-- expect: case_insensitive:false:ignores case, numeric:true:-, plain:true:byte order
SELECT count(*) FROM people WHERE nick = 'z' AND name = 'Zoë'
-- expect: 1
