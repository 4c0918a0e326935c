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
    a amount,
    b amount,
    c bigint,
    d positive_amount,
    e text,
    f cents,
    g strictly_positive,
    h other_code,
    i text,
    j temper,
    k amount[]
);
CREATE INDEX t_i ON t (i);
