CREATE TABLE notes (id int PRIMARY KEY, account int NOT NULL);
CREATE POLICY positive ON customers FOR SELECT USING (credit > 0);
CREATE POLICY "Checked" ON customers FOR INSERT WITH CHECK (credit >= 0 AND id > 0);
CREATE POLICY funded ON notes USING (account IN (SELECT id FROM customers WHERE credit > 0));
