SELECT twice(n) FROM t
-- expect: 21
SELECT conname FROM pg_constraint WHERE conrelid = 't'::regclass AND contype = 'c'
-- expect: t_n_twice_small
SELECT indexrelid::regclass::text FROM pg_index WHERE indrelid = 't'::regclass
-- expect: t_n_twice
