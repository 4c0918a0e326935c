CREATE TYPE mood AS ENUM ('ok', 'sad');
CREATE TYPE status AS ENUM ('ok', 'sad', 'new');
CREATE TABLE t (id integer PRIMARY KEY, a mood, b status);
INSERT INTO t VALUES (1, 'sad', 'new');
