SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'rooms_pkey'
-- expect: PRIMARY KEY (id) INCLUDE (note) DEFERRABLE INITIALLY DEFERRED
SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'rooms_code_key'
-- expect: UNIQUE NULLS NOT DISTINCT (code) INCLUDE (floor) DEFERRABLE
SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'rooms_floor_check'
-- expect: CHECK ((floor >= 0)) NO INHERIT
SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'rooms_no_overlap'
-- expect: EXCLUDE USING gist (during WITH &&) INCLUDE (note) WITH (fillfactor='60') WHERE ((floor > 0)) DEFERRABLE INITIALLY DEFERRED
SELECT relname || ' ' || array_to_string(reloptions, ',') FROM pg_class WHERE relname IN ('rooms_pkey', 'rooms_code_key', 'rooms_no_overlap') ORDER BY relname
-- expect: rooms_code_key fillfactor=70, rooms_no_overlap fillfactor=60, rooms_pkey fillfactor=80
