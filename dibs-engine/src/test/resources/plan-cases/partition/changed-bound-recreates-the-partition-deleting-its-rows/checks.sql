SELECT count(*) FROM events;
-- expect: 0
