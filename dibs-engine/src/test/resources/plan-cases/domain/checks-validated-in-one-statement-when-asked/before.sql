CREATE DOMAIN percent AS integer CONSTRAINT percent_low CHECK (VALUE >= 0) CONSTRAINT percent_high CHECK (VALUE <= 100)
    CONSTRAINT percent_even CHECK (VALUE % 2 = 0);
CREATE TABLE scores (id int PRIMARY KEY, p percent);
INSERT INTO scores VALUES (1, 50);
