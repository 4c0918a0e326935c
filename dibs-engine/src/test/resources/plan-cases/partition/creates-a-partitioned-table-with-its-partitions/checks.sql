INSERT INTO events VALUES (1, '2024-06-01', 'a'), (2, '2025-06-01', 'b'), (3, '2030-01-01', 'c');
SELECT tableoid::regclass::text || ':' || id FROM events ORDER BY id;
-- expect: events_2024:1, events_2025:2, events_other:3
SELECT indexrelid::regclass::text FROM pg_index WHERE indrelid = 'events_2024'::regclass ORDER BY 1;
-- expect: events_2024_kind_idx, events_2024_pkey
