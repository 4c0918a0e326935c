CREATE TABLE games (id int PRIMARY KEY, mood text);
CREATE VIEW mood AS SELECT id, mood FROM games;
