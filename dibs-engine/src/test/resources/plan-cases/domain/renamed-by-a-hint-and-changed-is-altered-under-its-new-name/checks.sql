SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'games'::regclass AND attname = 'points'
-- expect: rating
SELECT points FROM games WHERE id = 1
-- expect: 20
INSERT INTO games (id) VALUES (2)
SELECT points FROM games WHERE id = 2
-- expect: 1
SELECT string_agg(conname, ', ' ORDER BY conname) FROM pg_constraint WHERE contypid = 'rating'::regtype AND contype = 'c'
-- expect: rating_small, score_positive
