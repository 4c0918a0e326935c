CREATE TYPE mood AS ENUM ('ok', 'sad');
CREATE TYPE status AS ENUM ('ok', 'sad', 'new');
CREATE TABLE t (id integer PRIMARY KEY, a mood DEFAULT 'ok', b status, c mood[]);
INSERT INTO t VALUES (1, 'sad', 'new', '{ok,sad}');
