SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'pairs_key'
-- expect: UNIQUE (b, a)
SELECT convalidated::text FROM pg_constraint WHERE conname = 'links_pair_fkey'
-- expect: true
