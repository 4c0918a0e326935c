CREATE VIEW positive AS SELECT id, credit::integer AS balance FROM accounts WHERE credit > 0;
CREATE VIEW richest AS SELECT max(balance) AS top FROM positive;
