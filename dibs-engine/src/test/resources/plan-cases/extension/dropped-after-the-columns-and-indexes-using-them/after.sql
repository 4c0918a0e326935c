-- PostgreSQL refuses DROP EXTENSION while a column or an index uses it: they go first
CREATE TABLE doc (id int PRIMARY KEY, title text);
