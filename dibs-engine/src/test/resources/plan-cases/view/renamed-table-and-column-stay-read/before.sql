CREATE TABLE accounts (id int PRIMARY KEY, balance int);
INSERT INTO accounts VALUES (1, 5);
CREATE VIEW positive AS SELECT id, balance FROM accounts WHERE balance > 0;
CREATE MATERIALIZED VIEW totals AS SELECT sum(balance) AS total FROM accounts;
