CREATE TABLE accounts (id int PRIMARY KEY, owner text NOT NULL, balance numeric);
CREATE VIEW rich AS SELECT id, owner FROM accounts WHERE balance > 1000 WITH LOCAL CHECK OPTION;
CREATE VIEW "Owners' view" WITH (security_barrier = true) AS SELECT DISTINCT owner FROM accounts;
CREATE VIEW totals AS SELECT count(*) AS n, sum(balance) AS total FROM accounts;
COMMENT ON VIEW rich IS 'accounts above a thousand';
