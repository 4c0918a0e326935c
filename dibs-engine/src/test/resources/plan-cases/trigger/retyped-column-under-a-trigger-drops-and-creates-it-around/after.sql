CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE TABLE accounts (id int PRIMARY KEY, balance bigint, note text);
CREATE TRIGGER accounts_balance AFTER UPDATE OF balance ON accounts FOR EACH ROW EXECUTE FUNCTION audit();
CREATE TRIGGER accounts_note BEFORE UPDATE ON accounts FOR EACH ROW WHEN (NEW.note IS NULL) EXECUTE FUNCTION touch();
ALTER TABLE accounts ENABLE ALWAYS TRIGGER accounts_balance;
COMMENT ON TRIGGER accounts_balance ON accounts IS 'audits balances';
