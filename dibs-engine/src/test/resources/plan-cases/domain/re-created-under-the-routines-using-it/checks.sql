SELECT twice(a::amount) || '/' || pg_typeof(twice(a::amount))::text || '/' || format_type(typbasetype, NULL) FROM t, pg_type WHERE typname = 'amount'
-- expect: 10/amount/bigint
