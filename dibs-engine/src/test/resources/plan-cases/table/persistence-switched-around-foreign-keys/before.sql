-- orders references customers; both become unlogged: the referencing table must go first
CREATE TABLE customers (id integer PRIMARY KEY);
CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer REFERENCES customers (id));
-- lines (unlogged) references items (unlogged); both become logged: the referenced table must go first
CREATE UNLOGGED TABLE items (id integer PRIMARY KEY);
CREATE UNLOGGED TABLE lines (id integer PRIMARY KEY, item_id integer REFERENCES items (id));
