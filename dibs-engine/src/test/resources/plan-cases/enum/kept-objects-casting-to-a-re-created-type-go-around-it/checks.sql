INSERT INTO u (id, s) VALUES (2, 'c')
UPDATE u SET s = 'y' WHERE id = 1
SELECT concat_ws(' ', id, s, d, x) FROM u ORDER BY id
-- expect: 1 Y b c, 2 c b c
SELECT count(*) FROM w
-- expect: 2
