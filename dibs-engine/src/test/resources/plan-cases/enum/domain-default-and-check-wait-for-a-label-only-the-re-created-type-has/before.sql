CREATE TYPE e AS ENUM ('a', 'b', 'c');
CREATE DOMAIN dt AS text;
CREATE TABLE t (id int PRIMARY KEY, k e, s dt);
INSERT INTO t VALUES (1, 'b', 'x');
