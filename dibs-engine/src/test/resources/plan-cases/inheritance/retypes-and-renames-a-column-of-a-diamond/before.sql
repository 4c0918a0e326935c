-- c has k and j from a twice, through b1 and b2: PostgreSQL changes them through a, where both paths start
CREATE TABLE a (id integer NOT NULL, k integer, j integer);
CREATE TABLE b1 () INHERITS (a);
CREATE TABLE b2 () INHERITS (a);
CREATE TABLE c () INHERITS (b1, b2);
INSERT INTO c VALUES (1, 2, 3);
