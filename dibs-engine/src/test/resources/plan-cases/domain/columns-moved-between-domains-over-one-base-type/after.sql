CREATE DOMAIN cents AS bigint;
CREATE DOMAIN amount AS bigint;
CREATE DOMAIN positive_amount AS bigint CHECK (VALUE > 0);
CREATE DOMAIN code AS varchar(20);
CREATE TABLE t (
    id integer PRIMARY KEY,
    a amount,
    b amount,
    c bigint,
    d positive_amount,
    e text,
    f cents
);
