CREATE TABLE accounts (id int PRIMARY KEY, owner text NOT NULL, balance int, note text);
CREATE VIEW positive AS SELECT id, owner FROM accounts WHERE balance > 0;
CREATE VIEW noted AS SELECT id FROM accounts WHERE note IS NOT NULL;
CREATE VIEW positive_owners AS SELECT owner FROM positive;
