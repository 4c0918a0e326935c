CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE TABLE accounts (id int PRIMARY KEY, balance int);
CREATE TRIGGER accounts_balance AFTER UPDATE OF balance ON accounts FOR EACH ROW
    WHEN (OLD.balance IS DISTINCT FROM NEW.balance) EXECUTE FUNCTION audit('accounts');
CREATE CONSTRAINT TRIGGER accounts_checked AFTER INSERT ON accounts DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION audit();
ALTER TABLE accounts DISABLE TRIGGER accounts_checked;
COMMENT ON TRIGGER accounts_balance ON accounts IS 'audits balances';
INSERT INTO accounts VALUES (1, 5);
