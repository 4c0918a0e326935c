SELECT string_agg(concat_ws(' ', id, p), ', ' ORDER BY id) FROM q
-- expect: 1 low, 2 high
SELECT string_agg(conname, ', ' ORDER BY conname) FROM pg_constraint WHERE conrelid = 'q'::regclass AND contype <> 'n' -- 18 lists NOT NULL too
-- expect: q_high_is_two, q_one_low, q_pkey
