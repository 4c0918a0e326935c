CREATE TABLE accounts (id int PRIMARY KEY, owner text NOT NULL, balance numeric);
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY mixed ON accounts USING (owner = current_user);
CREATE POLICY untouched ON accounts FOR INSERT WITH CHECK (balance >= 0);
