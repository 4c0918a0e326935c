CREATE TABLE accounts (id int PRIMARY KEY, owner text NOT NULL, balance numeric);
CREATE VIEW base AS SELECT id, owner, balance FROM accounts;
CREATE VIEW top AS SELECT id, owner FROM base WHERE balance > 0;
CREATE VIEW topmost AS SELECT owner FROM top;
