SELECT concat_ws(' ', is_b(s), labelled(), plain(s)) FROM t
-- expect: t b bx
