-- What staging has: an index with an operator class dibs does not write (yet), and a new table.
CREATE TABLE customers (
    id bigint PRIMARY KEY,
    email text NOT NULL
);
CREATE INDEX customers_email_pattern ON customers (email text_pattern_ops);
CREATE TABLE notes (id bigint PRIMARY KEY, body text NOT NULL);
