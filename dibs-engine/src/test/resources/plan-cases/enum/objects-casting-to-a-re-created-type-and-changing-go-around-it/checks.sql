INSERT INTO u (id, s) VALUES (1, 'q')
SELECT concat_ws(' ', x, y, z) FROM u
-- expect: b b z
