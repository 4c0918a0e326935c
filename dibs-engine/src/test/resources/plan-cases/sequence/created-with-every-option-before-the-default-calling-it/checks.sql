INSERT INTO invoice (ref) VALUES (1) RETURNING id
-- expect: 1000
