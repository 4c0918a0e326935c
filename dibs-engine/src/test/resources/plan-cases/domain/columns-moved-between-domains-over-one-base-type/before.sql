CREATE DOMAIN cents AS bigint;
CREATE DOMAIN amount AS bigint;
CREATE DOMAIN positive_amount AS bigint CHECK (VALUE > 0);
CREATE DOMAIN strictly_positive AS positive_amount;
CREATE DOMAIN code AS varchar(20);
CREATE DOMAIN other_code AS varchar(20);
CREATE DOMAIN c_text AS text COLLATE "C";
CREATE TYPE mood AS ENUM ('glad', 'sad');
CREATE DOMAIN feeling AS mood;
CREATE DOMAIN temper AS mood;
CREATE TABLE t (
    id integer PRIMARY KEY,
    a cents,
    b bigint,
    c cents,
    d cents,
    e code,
    f integer,
    g bigint,
    h code,
    i c_text,
    j feeling,
    k cents[]
);
CREATE INDEX t_i ON t (i);
INSERT INTO t VALUES (1, 5, 6, 7, 8, 'x', 9, 10, 'y', 'z', 'glad', '{1,2}');
