CREATE TABLE accounts (id int PRIMARY KEY, owner text NOT NULL, balance numeric);
CREATE VIEW guarded AS SELECT id, owner FROM accounts;
CREATE VIEW checked AS SELECT id, balance FROM accounts WHERE balance > 0 WITH CASCADED CHECK OPTION;
CREATE VIEW plain WITH (security_barrier = true) AS SELECT id FROM accounts;
