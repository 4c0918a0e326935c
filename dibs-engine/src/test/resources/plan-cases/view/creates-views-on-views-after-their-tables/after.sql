CREATE TABLE accounts (id int PRIMARY KEY, owner text NOT NULL, balance numeric);
CREATE VIEW a_rich AS SELECT id, owner, balance FROM accounts WHERE balance > 1000;
CREATE VIEW b_richest AS SELECT owner FROM a_rich WHERE balance > 100000;
CREATE VIEW "0_names" AS SELECT r.owner FROM b_richest r;
