-- a view has a row type of its name: the domain that takes the name waits for the view's drop
CREATE TABLE games (id int PRIMARY KEY, points int);
CREATE DOMAIN score AS int CHECK (VALUE >= 0);
