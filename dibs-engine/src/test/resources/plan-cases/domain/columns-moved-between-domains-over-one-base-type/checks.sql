SELECT a || ' ' || b || ' ' || c || ' ' || d || ' ' || e || ' ' || f || ' ' || g || ' ' || h || ' ' || i || ' ' || j || ' ' || k::text FROM t
-- expect: 5 6 7 8 x 9 10 y z glad {1,2}
SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 't'::regclass AND attnum > 0 ORDER BY attnum
-- expect: integer, amount, amount, bigint, positive_amount, text, cents, strictly_positive, other_code, text, temper, amount[]
