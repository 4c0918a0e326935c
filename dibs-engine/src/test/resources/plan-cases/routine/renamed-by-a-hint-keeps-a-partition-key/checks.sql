SELECT what FROM events_2026
-- expect: launch
SELECT pg_get_partkeydef('events'::regclass)
-- expect: RANGE (utc_day(at))
