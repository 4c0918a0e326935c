CREATE TYPE e AS ENUM ('a', 'b', 'c');
CREATE TABLE t (id int PRIMARY KEY, k e, g e GENERATED ALWAYS AS (k) STORED, h boolean GENERATED ALWAYS AS (k = 'b'::e) STORED,
    x e GENERATED ALWAYS AS (CASE WHEN id > 1 THEN 'c'::e END) STORED);
INSERT INTO t VALUES (1, 'b'), (2, 'c');
