CREATE TABLE t (id int PRIMARY KEY, price int NOT NULL,
    doubled int NOT NULL GENERATED ALWAYS AS (price * 2) STORED CONSTRAINT t_doubled_check CHECK (doubled >= 0),
    label text GENERATED ALWAYS AS ('p' || price) STORED,
    note text);
CREATE INDEX t_doubled_idx ON t (doubled);
CREATE INDEX t_label_idx ON t (lower(label)) WHERE note IS NOT NULL;
INSERT INTO t (id, price, note) VALUES (1, 10, 'kept');
