CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.note := 'touched'; RETURN NEW; END $$;
CREATE TABLE invoice (id int PRIMARY KEY, note text, amount int);
-- renamed and given a WHEN: dropped under the old name and created under the new one, not renamed first
-- dibs:renamed-from accounts_touch
CREATE TRIGGER invoice_touch BEFORE INSERT ON invoice FOR EACH ROW WHEN (NEW.amount > 0) EXECUTE FUNCTION touch();
