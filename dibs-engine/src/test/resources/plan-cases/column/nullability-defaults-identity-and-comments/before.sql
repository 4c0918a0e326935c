CREATE TABLE t (id int NOT NULL PRIMARY KEY, a text, b text NOT NULL DEFAULT 'x', c int NOT NULL);
COMMENT ON COLUMN t.a IS 'old';
INSERT INTO t VALUES (1, 'a', 'b', 3);
