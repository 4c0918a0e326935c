CREATE DOMAIN percent AS integer CONSTRAINT percent_low CHECK (VALUE >= 0) CONSTRAINT percent_high CHECK (VALUE < 100)
    CONSTRAINT percent_nonzero CHECK (VALUE <> 0);
CREATE TABLE scores (id int PRIMARY KEY, p percent);
