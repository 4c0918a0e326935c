CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.note := 'touched'; RETURN NEW; END $$;
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE TABLE invoice (id int PRIMARY KEY, note text);
CREATE TRIGGER accounts_touch BEFORE INSERT ON invoice FOR EACH ROW EXECUTE FUNCTION touch();
COMMENT ON TRIGGER accounts_touch ON invoice IS 'stamps notes';
CREATE TRIGGER "Old Check" AFTER INSERT ON invoice FOR EACH ROW EXECUTE FUNCTION audit();
