CREATE TABLE accounts (id int PRIMARY KEY, owner text NOT NULL, balance numeric, opened date);
CREATE VIEW rich WITH (security_barrier = true) AS SELECT id, owner FROM accounts WHERE balance > 1000;
CREATE VIEW rich_owners AS SELECT owner FROM rich;
COMMENT ON VIEW rich IS 'kept across the replacement';
