CREATE TYPE e AS ENUM ('a', 'b', 'c');
CREATE TABLE t (id int PRIMARY KEY, k e DEFAULT 'a', m e);
INSERT INTO t VALUES (1, 'a', 'b');
