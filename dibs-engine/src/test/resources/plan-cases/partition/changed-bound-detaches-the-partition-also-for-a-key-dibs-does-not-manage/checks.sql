-- the partition's row went with it; the one the reports reference stayed
SELECT count(*) FROM events;
-- expect: 1
