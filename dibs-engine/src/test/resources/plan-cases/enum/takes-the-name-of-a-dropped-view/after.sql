-- a view has a row type of its name: the enum that takes the name waits for the view's drop
CREATE TYPE mood AS ENUM ('calm', 'cheerful');
CREATE TABLE games (id int PRIMARY KEY, mood text);
