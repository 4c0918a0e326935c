CREATE TABLE accounts (id int PRIMARY KEY, owner text NOT NULL, balance numeric, opened date);
CREATE VIEW rich AS SELECT id, owner, balance, opened FROM accounts WHERE balance > 5000;
CREATE VIEW rich_owners AS SELECT owner FROM rich;
COMMENT ON VIEW rich IS 'kept across the replacement';
