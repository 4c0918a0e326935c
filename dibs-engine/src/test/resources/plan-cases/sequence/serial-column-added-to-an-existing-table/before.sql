CREATE TABLE table1 (id int);
