CREATE TABLE accounts (id int PRIMARY KEY, owner text NOT NULL);
CREATE VIEW invoker WITH (security_invoker = true) AS SELECT id FROM accounts;
CREATE VIEW definer AS SELECT owner FROM accounts;
CREATE VIEW created WITH (security_invoker = true, security_barrier = true) AS SELECT id, owner FROM accounts;
