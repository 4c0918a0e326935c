CREATE TABLE accounts (id int PRIMARY KEY, owner text NOT NULL, balance numeric);
CREATE VIEW guarded WITH (security_barrier = true) AS SELECT id, owner FROM accounts;
CREATE VIEW checked AS SELECT id, balance FROM accounts WHERE balance > 0 WITH LOCAL CHECK OPTION;
CREATE VIEW plain AS SELECT id FROM accounts;
