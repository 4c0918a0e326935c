SELECT count(*) FROM events;
-- expect: 0
SELECT count(*) FROM orders;
-- expect: 0
INSERT INTO events VALUES (1, '2024-09-01', 'us'), (2, '2025-03-01', 'eu'), (3, '2026-03-01', 'eu');
INSERT INTO orders VALUES (1, 'eu'), (2, 'us');
SELECT string_agg(tableoid::regclass::text, ', ' ORDER BY id) FROM events;
-- expect: events_2024_us, events_2025_all, events_2026_eu
SELECT string_agg(tableoid::regclass::text, ', ' ORDER BY id) FROM orders;
-- expect: orders_eu, orders_us
