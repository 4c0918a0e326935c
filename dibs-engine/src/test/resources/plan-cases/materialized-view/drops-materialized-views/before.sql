CREATE TABLE orders (id int PRIMARY KEY, customer text NOT NULL, total numeric NOT NULL);
CREATE MATERIALIZED VIEW sales AS SELECT customer, sum(total) AS total FROM orders GROUP BY customer;
CREATE INDEX sales_total ON sales (total);
CREATE MATERIALIZED VIEW sales_top AS SELECT customer FROM sales ORDER BY total DESC LIMIT 10;
