INSERT INTO events VALUES (1, '2024-03-01', 'eu', NULL), (2, '2024-04-01', 'us', NULL), (3, '2024-05-01', 'us', NULL), (4, '2025-02-01', 'eu', NULL);
SELECT string_agg(tableoid::regclass::text, ', ' ORDER BY id) FROM events;
-- expect: a_events_eu, events_2024_rest_0, events_2024_rest_1, events_2025
SELECT count(*) FROM pg_indexes WHERE tablename LIKE '%events%' AND indexdef LIKE '%(note)%';
-- expect: 7
