SELECT tableoid::regclass::text || ':' || id FROM events ORDER BY id;
-- expect: events_2024:1, events_other:2
