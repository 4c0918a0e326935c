SELECT string_agg(p::text, ',' ORDER BY id) FROM q
-- expect: low,mid
SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'q_not_high'
-- expect: CHECK ((p <> 'high'::prio))
