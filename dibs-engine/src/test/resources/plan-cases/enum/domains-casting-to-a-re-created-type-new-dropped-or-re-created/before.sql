CREATE TYPE e AS ENUM ('a', 'b', 'c');
CREATE DOMAIN gone AS text CHECK (VALUE <> ('c'::e)::text);
CREATE DOMAIN rebased AS varchar(10) DEFAULT ('b'::e)::text CHECK (VALUE <> ('c'::e)::text);
CREATE TABLE t (id int PRIMARY KEY, k e);
INSERT INTO t VALUES (1, 'b');
