CREATE TABLE orders (id int PRIMARY KEY, customer text NOT NULL, total numeric NOT NULL);
CREATE MATERIALIZED VIEW sales AS SELECT customer, sum(total) AS total FROM orders GROUP BY customer WITH DATA;
CREATE UNIQUE INDEX sales_customer ON sales (customer);
CREATE INDEX sales_total ON sales (total DESC);
COMMENT ON MATERIALIZED VIEW sales IS 'per customer';
CREATE MATERIALIZED VIEW later WITH (fillfactor = 70) AS SELECT id, total FROM orders WITH NO DATA;
CREATE VIEW sales_view AS SELECT customer FROM sales;
