CREATE TABLE a (id integer NOT NULL, k integer);
CREATE TABLE b (k integer, t text);
-- k from both parents: b's goes (ONLY), and then a's can be retyped
CREATE TABLE c () INHERITS (a, b);
INSERT INTO c VALUES (1, 2, 't');
