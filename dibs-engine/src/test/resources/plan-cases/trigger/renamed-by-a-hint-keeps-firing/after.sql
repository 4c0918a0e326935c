CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.note := 'touched'; RETURN NEW; END $$;
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE TABLE invoice (id int PRIMARY KEY, note text);
-- renamed in place: it keeps firing, with its comment
-- dibs:renamed-from accounts_touch
CREATE TRIGGER invoice_touch BEFORE INSERT ON invoice FOR EACH ROW EXECUTE FUNCTION touch();
COMMENT ON TRIGGER invoice_touch ON invoice IS 'stamps notes';
-- renamed, then disabled under its new name
-- dibs:renamed-from "Old Check"
CREATE TRIGGER "New Check" AFTER INSERT ON invoice FOR EACH ROW EXECUTE FUNCTION audit();
ALTER TABLE invoice DISABLE TRIGGER "New Check";
