-- PostgreSQL would drop s with old: it is given to t.b first
CREATE TABLE t (b int);
CREATE SEQUENCE s OWNED BY t.b;
