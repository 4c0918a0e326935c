SELECT string_agg(tableoid::regclass::text || ':' || id, ', ' ORDER BY id) FROM events;
-- expect: events_2024:1, events_2025:2
SELECT count(*) FROM old_events;
-- expect: 0
