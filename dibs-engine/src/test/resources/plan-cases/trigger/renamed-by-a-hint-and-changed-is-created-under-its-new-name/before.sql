CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.note := 'touched'; RETURN NEW; END $$;
CREATE TABLE invoice (id int PRIMARY KEY, note text, amount int);
CREATE TRIGGER accounts_touch BEFORE INSERT ON invoice FOR EACH ROW EXECUTE FUNCTION touch();
