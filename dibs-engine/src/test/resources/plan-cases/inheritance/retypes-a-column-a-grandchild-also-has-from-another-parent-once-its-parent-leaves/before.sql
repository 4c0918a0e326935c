CREATE TABLE t (id integer NOT NULL, k integer);
CREATE TABLE o (k integer);
CREATE TABLE b () INHERITS (t);
-- k from t (through b) and from o: once b leaves t (NO INHERIT, first), t's k is retyped alone
CREATE TABLE d () INHERITS (b, o);
INSERT INTO d VALUES (1, 2);
