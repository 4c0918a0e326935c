CREATE TABLE orders (id int PRIMARY KEY, customer text NOT NULL, total bigint NOT NULL);
CREATE MATERIALIZED VIEW big AS SELECT id FROM orders WHERE total > 100 WITH NO DATA;
CREATE INDEX big_id ON big (id);
