CREATE UNLOGGED TABLE customers (id integer PRIMARY KEY);
CREATE UNLOGGED TABLE orders (id integer PRIMARY KEY, customer_id integer REFERENCES customers (id));
CREATE TABLE items (id integer PRIMARY KEY);
CREATE TABLE lines (id integer PRIMARY KEY, item_id integer REFERENCES items (id));
