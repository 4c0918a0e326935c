INSERT INTO favorites_0 (id, user_id, post_id) VALUES (1, 2, 10);
INSERT INTO favorites_1 (id, user_id, post_id, note) VALUES (2, 3, 11, 'x');
SELECT string_agg(tableoid::regclass::text || ':' || id, ', ' ORDER BY id) FROM favorites;
-- expect: favorites_0:1, favorites_1:2
SELECT count(*) FROM pg_constraint WHERE conname = 'favorites_user_id_positive';
-- expect: 3
