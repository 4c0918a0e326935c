CREATE TABLE orders (id int PRIMARY KEY, customer text NOT NULL, total numeric NOT NULL);
CREATE MATERIALIZED VIEW sales AS SELECT customer, sum(total) AS total, count(*) AS orders FROM orders GROUP BY customer;
CREATE UNIQUE INDEX sales_customer ON sales (customer);
CREATE VIEW big_customers AS SELECT customer FROM sales WHERE total > 10;
COMMENT ON MATERIALIZED VIEW sales IS 'per customer';
