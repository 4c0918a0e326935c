CREATE TABLE accounts (id int PRIMARY KEY, email text, balance numeric, status text);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE TRIGGER accounts_touch BEFORE INSERT OR UPDATE ON accounts FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TRIGGER accounts_balance AFTER UPDATE OF balance, status ON accounts FOR EACH ROW
    WHEN (OLD.balance IS DISTINCT FROM NEW.balance) EXECUTE FUNCTION audit('balance', 'it''s');
CREATE TRIGGER accounts_truncated AFTER TRUNCATE ON accounts FOR EACH STATEMENT EXECUTE FUNCTION audit();
CREATE TRIGGER accounts_inserted AFTER INSERT ON accounts REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION audit();
CREATE CONSTRAINT TRIGGER accounts_checked AFTER INSERT OR UPDATE ON accounts DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION audit();
CREATE TRIGGER accounts_paused BEFORE DELETE ON accounts FOR EACH ROW EXECUTE FUNCTION touch();
ALTER TABLE accounts DISABLE TRIGGER accounts_paused;
COMMENT ON TRIGGER accounts_touch ON accounts IS 'keeps the row''s stamp';
