CREATE TABLE orders (id int PRIMARY KEY, customer text NOT NULL, total numeric NOT NULL);
INSERT INTO orders VALUES (1, 'ann', 10), (2, 'bob', 20), (3, 'ann', 5);
CREATE MATERIALIZED VIEW sales AS SELECT customer, sum(total) AS total FROM orders GROUP BY customer;
CREATE UNIQUE INDEX sales_customer ON sales (customer);
CREATE VIEW big_customers AS SELECT customer FROM sales WHERE total > 10;
COMMENT ON MATERIALIZED VIEW sales IS 'per customer';
