-- a view has a row type of its name: the view that takes a domain's name waits for the domain's drop
CREATE TABLE games (id int PRIMARY KEY, points int);
CREATE VIEW totals AS SELECT sum(points) AS points FROM games;
