-- PostgreSQL checks no stored array element against a domain: a check or NOT NULL added to one
-- validated goes after the array columns of it the plan drops, and before those it adds
CREATE DOMAIN d AS integer CONSTRAINT d_positive CHECK (VALUE > 0);
CREATE DOMAIN e AS integer NOT NULL CONSTRAINT e_small CHECK (VALUE < 100);
CREATE DOMAIN e_list AS e[];
CREATE TABLE t (id integer PRIMARY KEY, es e[]);
CREATE TABLE new_arrays (id integer PRIMARY KEY, vs e_list);
