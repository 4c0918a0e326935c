SELECT string_agg(attname || '=' || COALESCE(c.collname, '-'), ', ' ORDER BY attname) FROM pg_attribute a LEFT JOIN pg_collation c ON c.oid = a.attcollation AND a.attcollation <> 100 WHERE attrelid = 'accounts'::regclass AND attnum > 0
-- expect: email=-, handle=C, id=-, tags=ucs_basic
