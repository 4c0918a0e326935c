CREATE DOMAIN positive AS integer CONSTRAINT positive_check CHECK (VALUE > 0);
CREATE TABLE t (id int PRIMARY KEY, v positive);
