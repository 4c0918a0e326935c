CREATE TABLE a (id integer NOT NULL, k integer);
CREATE TABLE b (k integer);
CREATE TABLE c () INHERITS (a, b);
