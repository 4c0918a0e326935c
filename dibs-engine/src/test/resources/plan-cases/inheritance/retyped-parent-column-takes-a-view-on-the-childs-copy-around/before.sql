CREATE TABLE favorites (id bigint PRIMARY KEY, score integer NOT NULL DEFAULT 0);
CREATE TABLE favorites_0 () INHERITS (favorites);
CREATE VIEW top_favorites_0 AS SELECT id, score FROM favorites_0 WHERE score > 10;
INSERT INTO favorites_0 VALUES (1, 20);
