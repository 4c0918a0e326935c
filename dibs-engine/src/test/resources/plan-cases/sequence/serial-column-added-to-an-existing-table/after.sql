CREATE TABLE table1 (id int, c2 bigserial);
