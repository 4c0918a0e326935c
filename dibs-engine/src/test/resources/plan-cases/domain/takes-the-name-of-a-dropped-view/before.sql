CREATE TABLE games (id int PRIMARY KEY, points int);
CREATE VIEW score AS SELECT id, points FROM games;
