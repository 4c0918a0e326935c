CREATE TABLE t (id int PRIMARY KEY, a int NOT NULL, total int GENERATED ALWAYS AS (a * 2) STORED, note text);
