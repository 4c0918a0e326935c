CREATE TYPE e AS ENUM ('a', 'd', 'b', 'c');
CREATE TABLE t (id int PRIMARY KEY, k e, n bigint);
CREATE TABLE u (id int PRIMARY KEY, m bigint);
CREATE TABLE w (id int PRIMARY KEY, c e);
CREATE VIEW v AS SELECT id, n FROM t;
INSERT INTO t VALUES (1, 'c', 5);
INSERT INTO w VALUES (1, 'a');
