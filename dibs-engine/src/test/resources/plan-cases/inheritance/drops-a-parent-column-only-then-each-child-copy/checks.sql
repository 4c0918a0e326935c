SELECT string_agg(tableoid::regclass::text || ':' || id, ', ' ORDER BY id) FROM favorites;
-- expect: favorites_0:1, favorites_1:2
SELECT legacy FROM favorites_1;
-- expect: b
