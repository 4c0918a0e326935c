CREATE DOMAIN cents AS bigint;
CREATE DOMAIN amount AS bigint;
CREATE DOMAIN positive_amount AS bigint CHECK (VALUE > 0);
CREATE DOMAIN code AS varchar(20);
CREATE TABLE t (
    id integer PRIMARY KEY,
    a cents,
    b bigint,
    c cents,
    d cents,
    e code,
    f integer
);
INSERT INTO t VALUES (1, 5, 6, 7, 8, 'x', 9);
