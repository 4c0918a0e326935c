CREATE TABLE currencies (id text PRIMARY KEY);
CREATE TABLE accounts (code text NOT NULL, CONSTRAINT accounts_code_key UNIQUE (code));
CREATE TABLE invoices (id int PRIMARY KEY,
    account_code text NOT NULL REFERENCES accounts (code) ON DELETE CASCADE,
    currency_id text NOT NULL REFERENCES currencies (id));
INSERT INTO currencies VALUES ('EUR');
INSERT INTO accounts VALUES ('a');
INSERT INTO invoices VALUES (1, 'a', 'EUR');
