CREATE TABLE accounts (id int PRIMARY KEY, balance int);
CREATE VIEW positive AS SELECT id, balance FROM accounts WHERE balance > 0;
CREATE VIEW richest AS SELECT max(balance) AS top FROM positive;
INSERT INTO accounts VALUES (1, 5);
