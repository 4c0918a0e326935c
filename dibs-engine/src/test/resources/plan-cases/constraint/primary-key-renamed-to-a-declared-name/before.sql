CREATE TABLE orders (id int, line int, PRIMARY KEY (id, line));
INSERT INTO orders VALUES (1, 1);
