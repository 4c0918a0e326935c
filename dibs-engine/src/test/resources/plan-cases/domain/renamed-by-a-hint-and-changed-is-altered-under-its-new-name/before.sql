CREATE DOMAIN score AS integer CONSTRAINT score_positive CHECK (VALUE > 0);
CREATE TABLE games (id int PRIMARY KEY, points score);
INSERT INTO games VALUES (1, 20);
