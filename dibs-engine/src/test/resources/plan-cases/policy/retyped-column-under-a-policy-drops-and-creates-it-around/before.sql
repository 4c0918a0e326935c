CREATE TABLE accounts (id int PRIMARY KEY, owner text NOT NULL, balance int);
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY positive ON accounts FOR INSERT WITH CHECK (balance >= 0);
CREATE POLICY owners ON accounts USING (owner = current_user);
COMMENT ON POLICY positive ON accounts IS 'kept across the retype';
