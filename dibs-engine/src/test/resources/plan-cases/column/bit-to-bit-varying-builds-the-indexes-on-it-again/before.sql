CREATE TABLE t (id int PRIMARY KEY, flags bit(4) NOT NULL UNIQUE, mask bit(4), plain bit(4), name varchar(20));
CREATE INDEX t_mask ON t (mask);
CREATE INDEX t_name ON t (name);
INSERT INTO t VALUES (1, B'1010', B'0110', B'0001', 'a');
