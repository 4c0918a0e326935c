CREATE TYPE e0 AS ENUM ('a', 'b');
CREATE TABLE t (id int PRIMARY KEY, tags varchar NOT NULL, kind text NOT NULL, used e0);
INSERT INTO t VALUES (1, '{b}', 'a', 'b');
CREATE TABLE old_t (id int PRIMARY KEY, s e0);
INSERT INTO old_t VALUES (1, 'a');
