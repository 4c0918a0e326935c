CREATE TYPE e AS ENUM ('a', 'b', 'c');
CREATE DOMAIN dt AS text;
CREATE DOMAIN de AS e;
CREATE TABLE t (id int PRIMARY KEY, k e DEFAULT 'a', m de DEFAULT 'a', s dt, n int);
CREATE TABLE w (id int PRIMARY KEY, x e);
INSERT INTO t VALUES (1, 'a', 'c', 'x', 1);
INSERT INTO w VALUES (1, 'a');
