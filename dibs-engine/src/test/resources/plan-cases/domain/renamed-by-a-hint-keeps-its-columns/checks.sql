SELECT count(*) FROM pg_type WHERE typname = 'score'
-- expect: 0
SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'games'::regclass AND attname = 'points'
-- expect: rating
SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'games'::regclass AND attname = 'rounds'
-- expect: rating[]
SELECT points || ' ' || array_to_string(rounds, ',') || ' ' || cap FROM games WHERE id = 1
-- expect: 20 1,2 9
SELECT top FROM records WHERE id = 1
-- expect: 42
SELECT count(*) FROM pg_constraint WHERE contypid = 'rating'::regtype AND conname = 'score_positive'
-- expect: 1
INSERT INTO games (id, cap) VALUES (2, 8)
SELECT points FROM games WHERE id = 2
-- expect: 5
