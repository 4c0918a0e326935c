SELECT concat_ws(' ', longer, unbounded, as_text, as_varchar, wider, free, stamps, nets) FROM t
-- expect: {a} {b} {c} {d} {1.50} {2.50} {"2020-01-01 00:00:00"} {10.0.0.0/8}
