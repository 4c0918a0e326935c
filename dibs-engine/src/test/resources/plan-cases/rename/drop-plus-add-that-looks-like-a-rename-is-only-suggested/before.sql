CREATE TABLE users (id int PRIMARY KEY, nickname text);
INSERT INTO users VALUES (1, 'bob');
