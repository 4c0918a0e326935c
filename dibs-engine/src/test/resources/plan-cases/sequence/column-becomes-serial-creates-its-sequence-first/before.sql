CREATE TABLE table1 (c1 int);
