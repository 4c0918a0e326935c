-- the partition's rows went with it; the one notes references stayed
SELECT count(*) FROM events;
-- expect: 1
INSERT INTO events VALUES (200), (201);
SELECT count(*) FROM events_mid_0 JOIN events_mid_1 ON true;
-- expect: 1
