CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE TABLE accounts (id int PRIMARY KEY, balance numeric);
CREATE TRIGGER accounts_touch BEFORE INSERT ON accounts FOR EACH ROW EXECUTE FUNCTION touch();
CREATE CONSTRAINT TRIGGER accounts_checked AFTER INSERT ON accounts FOR EACH ROW EXECUTE FUNCTION audit();
CREATE TRIGGER accounts_watch AFTER UPDATE ON accounts FOR EACH ROW WHEN (NEW.balance < 0) EXECUTE FUNCTION audit('low');
ALTER TABLE accounts DISABLE TRIGGER accounts_watch;
COMMENT ON TRIGGER accounts_watch ON accounts IS 'paused while we migrate';
