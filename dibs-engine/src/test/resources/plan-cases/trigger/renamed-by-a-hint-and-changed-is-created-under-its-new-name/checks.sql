INSERT INTO invoice (id, amount) VALUES (1, 5), (2, 0)
SELECT coalesce(note, '-') FROM invoice ORDER BY id
-- expect: touched, -
