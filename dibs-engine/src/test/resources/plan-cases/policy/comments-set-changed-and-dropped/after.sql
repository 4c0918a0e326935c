CREATE TABLE "Accounts" (id int PRIMARY KEY, owner text NOT NULL);
CREATE POLICY a ON "Accounts" USING (true);
CREATE POLICY "b'quoted" ON "Accounts" USING (true);
CREATE POLICY c ON "Accounts" USING (true);
COMMENT ON POLICY a ON "Accounts" IS 'new';
COMMENT ON POLICY "b'quoted" ON "Accounts" IS 'it''s changed';
