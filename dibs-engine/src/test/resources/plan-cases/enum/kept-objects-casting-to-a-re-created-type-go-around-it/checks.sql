INSERT INTO u (id, s) VALUES (2, 'c')
UPDATE u SET s = 'y' WHERE id = 1
SELECT concat_ws(' ', id, s, d) FROM u ORDER BY id
-- expect: 1 Y b, 2 c b
SELECT count(*) FROM w
-- expect: 2
