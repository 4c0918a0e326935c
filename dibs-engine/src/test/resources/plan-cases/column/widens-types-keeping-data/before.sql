CREATE TABLE t (id int PRIMARY KEY, n int NOT NULL, label varchar(10) NOT NULL);
INSERT INTO t VALUES (1, 42, 'abc');
