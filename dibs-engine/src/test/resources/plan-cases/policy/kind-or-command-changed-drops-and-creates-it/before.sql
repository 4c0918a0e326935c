CREATE TABLE accounts (id int PRIMARY KEY, owner text NOT NULL, balance numeric);
CREATE POLICY owners ON accounts USING (owner = current_user);
CREATE POLICY readers ON accounts FOR SELECT USING (balance > 0);
