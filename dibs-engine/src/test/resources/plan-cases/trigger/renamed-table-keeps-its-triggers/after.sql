CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE TRIGGER accounts_balance AFTER UPDATE OF balance ON customers FOR EACH ROW
    WHEN (OLD.balance IS DISTINCT FROM NEW.balance) EXECUTE FUNCTION audit('accounts');
CREATE CONSTRAINT TRIGGER accounts_checked AFTER INSERT ON customers DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION audit();
ALTER TABLE customers DISABLE TRIGGER accounts_checked;
COMMENT ON TRIGGER accounts_balance ON customers IS 'audits balances';
