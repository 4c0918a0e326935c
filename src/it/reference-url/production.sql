-- What production has: behind staging, plus a column staging dropped.
CREATE TYPE order_status AS ENUM ('new', 'paid');

CREATE TABLE customers (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL UNIQUE,
    name text,
    legacy_code text
);

CREATE TABLE orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers,
    status order_status NOT NULL DEFAULT 'new',
    total numeric(12, 2) NOT NULL,
    placed_at timestamptz NOT NULL DEFAULT now()
);

INSERT INTO customers (email, name, legacy_code) VALUES ('ada@example.com', 'Ada', 'X1');
INSERT INTO orders (customer_id, total) VALUES (1, 42.00);
