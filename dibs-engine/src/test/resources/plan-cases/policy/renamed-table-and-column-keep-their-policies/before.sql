CREATE TABLE accounts (id int PRIMARY KEY, balance int);
CREATE TABLE notes (id int PRIMARY KEY, account int NOT NULL);
CREATE POLICY positive ON accounts FOR SELECT USING (balance > 0);
CREATE POLICY "Checked" ON accounts FOR INSERT WITH CHECK ("balance" >= 0 AND id > 0);
CREATE POLICY funded ON notes USING (account IN (SELECT id FROM accounts WHERE balance > 0));
INSERT INTO accounts VALUES (1, 5);
