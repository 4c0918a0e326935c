CREATE VIEW top_favorites_0 AS SELECT id, score FROM favorites_0 WHERE score > 10;
