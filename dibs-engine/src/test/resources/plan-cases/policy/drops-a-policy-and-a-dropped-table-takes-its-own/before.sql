DO $$ BEGIN CREATE ROLE dibs_case_reader NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE dibs_case_writer NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE accounts (id int PRIMARY KEY, owner text NOT NULL);
CREATE TABLE archive (id int PRIMARY KEY, owner text NOT NULL);
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_rows ON accounts USING (owner = current_user);
CREATE POLICY readers ON accounts FOR SELECT TO dibs_case_reader USING (true);
CREATE POLICY archived ON archive USING (owner = current_user);
