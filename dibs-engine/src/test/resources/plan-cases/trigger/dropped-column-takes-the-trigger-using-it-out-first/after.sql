CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE TABLE accounts (id int PRIMARY KEY, balance numeric);
CREATE TRIGGER accounts_watch AFTER UPDATE ON accounts FOR EACH ROW WHEN (NEW.balance < 0) EXECUTE FUNCTION audit();
CREATE TRIGGER accounts_balance AFTER UPDATE OF balance ON accounts FOR EACH ROW EXECUTE FUNCTION audit();
