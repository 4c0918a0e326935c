CREATE TABLE accounts (id int PRIMARY KEY, owner text NOT NULL, balance numeric);
CREATE POLICY owners ON accounts AS RESTRICTIVE USING (owner = current_user);
CREATE POLICY readers ON accounts FOR DELETE USING (balance > 0);
