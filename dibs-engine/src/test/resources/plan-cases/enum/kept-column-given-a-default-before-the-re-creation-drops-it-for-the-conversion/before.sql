CREATE TYPE e AS ENUM ('a', 'b', 'c');
CREATE TABLE t (id int PRIMARY KEY, k e, m e, x e);
COMMENT ON COLUMN t.k IS 'k';
INSERT INTO t VALUES (1, 'c', 'a', 'b');
