SELECT extversion FROM pg_extension WHERE extname = 'hstore'
-- expect: 1.8
SELECT (attrs -> 'a') FROM doc
-- expect: 1
