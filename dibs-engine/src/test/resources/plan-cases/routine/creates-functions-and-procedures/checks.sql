INSERT INTO account VALUES (1, 10), (2, 20)
CALL deposit(1, 5)
SELECT add_one(41)::text || ' ' || label(7) || ' ' || label('a') || ' ' || total()::text || ' ' || richest()::text || ' ' || cheer('sad')::text
-- expect: 42 n7 a! 35 2 happy
