CREATE TABLE products (id int PRIMARY KEY, nickname text NOT NULL UNIQUE, price int NOT NULL CHECK (price >= 0));
CREATE INDEX ON products (lower(nickname));
CREATE TABLE orders (id int PRIMARY KEY, product_id int NOT NULL REFERENCES products (id));
INSERT INTO products VALUES (1, 'Widget', 5);
INSERT INTO orders VALUES (10, 1);
