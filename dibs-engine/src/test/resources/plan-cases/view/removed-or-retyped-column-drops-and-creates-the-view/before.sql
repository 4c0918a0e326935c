CREATE TABLE accounts (id int PRIMARY KEY, owner text NOT NULL, balance numeric);
CREATE VIEW narrower AS SELECT id, owner, balance FROM accounts;
CREATE VIEW retyped AS SELECT id, balance FROM accounts;
CREATE VIEW renamed AS SELECT id, owner FROM accounts;
COMMENT ON VIEW narrower IS 'created again with its comment';
