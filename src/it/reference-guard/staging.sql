-- What staging has: a table whose foreign key matches FULL, which dibs does not write, and a new table.
CREATE TABLE customers (
    id bigint PRIMARY KEY,
    email text NOT NULL
);
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint,
    CONSTRAINT orders_customer_fkey FOREIGN KEY (customer_id) REFERENCES customers (id) MATCH FULL
);
CREATE TABLE notes (id bigint PRIMARY KEY, body text NOT NULL);
