INSERT INTO events VALUES (3, '2024-05-01', 'us'), (4, '2025-05-01', 'us');
SELECT string_agg(tableoid::regclass::text, ', ' ORDER BY id) FROM events;
-- expect: events_2024_rest, events_2024_made_by_hand, events_2024_us, events_2025_rest
