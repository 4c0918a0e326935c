CREATE TABLE currencies (id text PRIMARY KEY);
CREATE TABLE accounts (code text PRIMARY KEY);
CREATE TABLE invoices (id int PRIMARY KEY,
    account_code text NOT NULL REFERENCES accounts (code) ON DELETE CASCADE,
    currency_id text NOT NULL REFERENCES currencies (id));
