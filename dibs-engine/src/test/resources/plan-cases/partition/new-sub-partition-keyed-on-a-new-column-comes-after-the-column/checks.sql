INSERT INTO events VALUES (2, '2025-03-01', 'eu');
SELECT string_agg(tableoid::regclass::text || ':' || id, ', ' ORDER BY id) FROM events;
-- expect: events_2024:1, events_2025_rest:2
