-- Production lacks both new tables.
CREATE TABLE customers (
    id bigint PRIMARY KEY,
    email text NOT NULL
);
INSERT INTO customers VALUES (1, 'a@example.com');
