-- A database made by hand before dibs: tables and an enum for records, and what records cannot say
-- (an extension, a sequence, a domain, a function, a trigger, views, a policy) for the dibs/*.sql files.
CREATE EXTENSION citext WITH SCHEMA public;
CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped');
CREATE SEQUENCE invoice_numbers START 1000;
CREATE DOMAIN email AS citext CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%');

CREATE TABLE customers (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email email NOT NULL UNIQUE,
    name text,
    updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE customers IS 'who buys';

CREATE TABLE orders (
    id bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers,
    status order_status NOT NULL DEFAULT 'new',
    number integer NOT NULL DEFAULT nextval('invoice_numbers'),
    total numeric(12, 2) NOT NULL CHECK (total >= 0),
    placed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_customer_idx ON orders (customer_id);
ALTER TABLE orders ENABLE ROW LEVEL SECURITY;

CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END
$$;
COMMENT ON FUNCTION touch_updated_at() IS 'keeps updated_at current';
CREATE TRIGGER customers_touch BEFORE UPDATE ON customers FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

CREATE VIEW big_orders AS
    SELECT o.id, c.email, o.total FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.total > 100;
CREATE MATERIALIZED VIEW daily_totals AS
    SELECT date_trunc('day', placed_at) AS day, sum(total) AS total FROM orders GROUP BY 1;
CREATE UNIQUE INDEX daily_totals_day ON daily_totals (day);
CREATE POLICY positive ON orders AS RESTRICTIVE FOR INSERT WITH CHECK (total > 0);

INSERT INTO customers (email, name) VALUES ('ada@example.com', 'Ada');
INSERT INTO orders (customer_id, total) VALUES (1, 142.00);
