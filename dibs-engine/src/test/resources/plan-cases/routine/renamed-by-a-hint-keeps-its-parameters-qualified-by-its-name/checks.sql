INSERT INTO posts VALUES (1, 7, 3), (2, 7, 5)
SELECT "Posts_by"(7)
-- expect: 2
SELECT best(4)
-- expect: 2
SELECT count(*) FROM pg_proc WHERE proname = 'Post_count'
-- expect: 0
