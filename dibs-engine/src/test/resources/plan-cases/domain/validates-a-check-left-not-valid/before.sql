CREATE DOMAIN positive AS integer;
CREATE TABLE t (id int PRIMARY KEY, v positive);
INSERT INTO t VALUES (1, 5);
ALTER DOMAIN positive ADD CONSTRAINT positive_check CHECK (VALUE > 0) NOT VALID;
