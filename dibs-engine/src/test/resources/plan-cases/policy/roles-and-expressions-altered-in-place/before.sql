DO $$ BEGIN CREATE ROLE dibs_case_reader NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE dibs_case_writer NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE accounts (id int PRIMARY KEY, owner text NOT NULL, balance numeric);
CREATE POLICY readers ON accounts FOR SELECT TO dibs_case_reader USING (true);
CREATE POLICY writers ON accounts FOR UPDATE TO dibs_case_writer USING (owner = current_user);
CREATE POLICY checked ON accounts FOR INSERT WITH CHECK (balance >= 0);
CREATE POLICY both_clauses ON accounts USING (owner = current_user) WITH CHECK (balance >= 0);
