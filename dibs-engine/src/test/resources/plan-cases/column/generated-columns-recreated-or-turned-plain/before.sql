CREATE TABLE t (id int PRIMARY KEY, price int NOT NULL,
    doubled int NOT NULL GENERATED ALWAYS AS (price * 2) STORED,
    tripled int NOT NULL GENERATED ALWAYS AS (price * 3) STORED);
INSERT INTO t (id, price) VALUES (1, 10);
