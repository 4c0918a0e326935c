CREATE TABLE t (id int PRIMARY KEY, longer varchar(5)[] NOT NULL, unbounded varchar(5)[] NOT NULL, as_text varchar(5)[] NOT NULL,
    as_varchar text[] NOT NULL, wider numeric(5,2)[] NOT NULL, free numeric(5,2)[] NOT NULL, stamps timestamp(3)[] NOT NULL,
    nets cidr[] NOT NULL);
INSERT INTO t VALUES (1, '{a}', '{b}', '{c}', '{d}', '{1.5}', '{2.5}', '{2020-01-01}', '{10.0.0.0/8}');
