CREATE TABLE accounts (id int PRIMARY KEY, owner text NOT NULL, balance numeric);
CREATE TABLE notes (id int PRIMARY KEY, body text);
CREATE VIEW rich AS SELECT id, owner FROM accounts WHERE balance > 1000;
CREATE VIEW rich_owners AS SELECT owner FROM rich;
