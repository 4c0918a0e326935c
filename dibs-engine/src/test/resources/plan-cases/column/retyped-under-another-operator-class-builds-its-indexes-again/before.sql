CREATE TYPE mood AS ENUM ('ok', 'sad');
CREATE DOMAIN feeling AS mood;
CREATE DOMAIN bits AS bit(4);
CREATE TABLE t (id int PRIMARY KEY, flags bit(4) NOT NULL UNIQUE, mask bit(4), plain bit(4), name varchar(20), tail bit(4),
    f feeling, m mood, boxed bits, tags text[]);
CREATE INDEX t_mask ON t (mask);
CREATE INDEX t_name ON t (name);
CREATE INDEX t_tail ON t (id) INCLUDE (tail);
CREATE INDEX t_f ON t (f);
CREATE INDEX t_m ON t (m);
CREATE INDEX t_boxed ON t (boxed);
CREATE INDEX t_tags ON t USING gin (tags);
INSERT INTO t VALUES (1, B'1010', B'0110', B'0001', 'a', B'1111', 'sad', 'ok', B'0011', '{x}');
