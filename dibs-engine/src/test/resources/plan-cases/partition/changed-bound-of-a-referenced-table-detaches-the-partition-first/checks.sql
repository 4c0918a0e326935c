-- the partition's row went with it; the one notes references stayed
SELECT count(*) FROM events;
-- expect: 1
