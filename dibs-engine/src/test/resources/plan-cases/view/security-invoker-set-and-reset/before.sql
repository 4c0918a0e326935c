CREATE TABLE accounts (id int PRIMARY KEY, owner text NOT NULL);
CREATE VIEW invoker AS SELECT id FROM accounts;
CREATE VIEW definer WITH (security_invoker = true) AS SELECT owner FROM accounts;
