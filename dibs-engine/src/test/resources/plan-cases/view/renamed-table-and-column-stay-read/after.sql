CREATE VIEW positive AS SELECT id, credit AS balance FROM customers WHERE credit > 0;
CREATE MATERIALIZED VIEW totals AS SELECT sum(credit) AS total FROM customers;
