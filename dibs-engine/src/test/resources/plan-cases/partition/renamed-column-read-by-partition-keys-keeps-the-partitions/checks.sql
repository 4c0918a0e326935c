SELECT string_agg(tableoid::regclass::text || ':' || area, ', ' ORDER BY id) FROM events;
-- expect: events_eu_uk:uk, events_eu_rest:eu
