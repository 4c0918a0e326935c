SELECT string_agg(tableoid::regclass::text || ':' || id || ':' || post_id, ', ' ORDER BY id) FROM favorites;
-- expect: favorites_0:1:0, favorites_1:2:0
