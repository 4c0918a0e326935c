DO $$ BEGIN CREATE ROLE dibs_case_reader NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE dibs_case_writer NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE accounts (id int PRIMARY KEY, owner text NOT NULL, balance numeric, hidden boolean NOT NULL DEFAULT false);
