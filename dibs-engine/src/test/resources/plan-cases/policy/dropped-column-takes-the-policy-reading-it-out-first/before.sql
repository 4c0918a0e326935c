CREATE TABLE accounts (id int PRIMARY KEY, owner text NOT NULL, balance numeric, legacy text);
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY legacy_only ON accounts FOR SELECT USING (legacy IS NULL);
CREATE POLICY mixed ON accounts USING (owner = current_user OR legacy = 'shared');
CREATE POLICY untouched ON accounts FOR INSERT WITH CHECK (balance >= 0);
