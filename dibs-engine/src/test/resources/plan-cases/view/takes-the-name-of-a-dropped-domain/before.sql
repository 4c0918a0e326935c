CREATE DOMAIN totals AS int CHECK (VALUE >= 0);
CREATE TABLE games (id int PRIMARY KEY, points int);
