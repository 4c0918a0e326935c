CREATE TABLE accounts (id int PRIMARY KEY, owner text NOT NULL, balance bigint);
CREATE VIEW positive AS SELECT id, owner FROM accounts WHERE balance > 0;
CREATE VIEW noted AS SELECT id FROM accounts;
CREATE VIEW positive_owners AS SELECT owner FROM positive;
