INSERT INTO v (id) VALUES (7)
SELECT count(*) FROM t WHERE id = 7
-- expect: 1
SELECT tgname FROM pg_trigger WHERE tgrelid = 'v'::regclass
-- expect: v_insert
