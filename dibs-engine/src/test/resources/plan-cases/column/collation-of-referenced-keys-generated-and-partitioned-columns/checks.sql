SELECT string_agg(attrelid::regclass || '.' || attname || '=' || COALESCE(c.collname, '-'), ', ' ORDER BY attrelid::regclass::text, attname) FROM pg_attribute a LEFT JOIN pg_collation c ON c.oid = a.attcollation AND a.attcollation <> 100 WHERE attrelid IN ('countries'::regclass, 'cities'::regclass, 'visits'::regclass, 'visits_2025'::regclass) AND attnum > 0 AND atttypid = 'text'::regtype
-- expect: cities.country=C, cities.name=POSIX, cities.shout=-, countries.code=C, countries.name=-, visits.city=C, visits_2025.city=C
SELECT string_agg(shout, ',') FROM cities
-- expect: PARIS
