CREATE TABLE accounts (id int PRIMARY KEY, owner text NOT NULL, balance numeric);
CREATE VIEW base AS SELECT id, balance, owner FROM accounts;
CREATE VIEW top AS SELECT id, owner FROM base WHERE balance > 10;
CREATE VIEW topmost AS SELECT owner FROM top;
