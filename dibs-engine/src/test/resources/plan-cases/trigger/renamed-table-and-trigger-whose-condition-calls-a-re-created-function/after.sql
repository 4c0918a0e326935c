-- positive's argument is renamed: dropped and created again. Around it: the trigger, whose table and
-- itself are renamed by hints and which is enabled again, goes before and comes back under its new
-- names, enabled; the domain check the plan changes anyway is added after the function.
CREATE FUNCTION positive(w integer) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN w > 0;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.balance := NEW.balance + 100; RETURN NEW; END $$;
CREATE DOMAIN pos AS integer CONSTRAINT pos_check CHECK (positive(VALUE) AND VALUE < 1000);
-- dibs:renamed-from accounts_touch
CREATE TRIGGER customers_touch BEFORE UPDATE ON customers FOR EACH ROW WHEN (positive(NEW.balance)) EXECUTE FUNCTION touch();
