INSERT INTO t (id, k) VALUES (2, 'c')
SELECT string_agg(concat_ws(' ', id, k, f, 'x'::rebased), ', ' ORDER BY id) FROM t
-- expect: 1 b c x, 2 c c x
