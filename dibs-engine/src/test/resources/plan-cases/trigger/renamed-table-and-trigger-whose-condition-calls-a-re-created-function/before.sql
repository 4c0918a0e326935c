CREATE FUNCTION positive(v integer) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN v > 0;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.balance := NEW.balance + 100; RETURN NEW; END $$;
CREATE DOMAIN pos AS integer CONSTRAINT pos_check CHECK (positive(VALUE));
CREATE TABLE accounts (id int PRIMARY KEY, balance integer);
CREATE TRIGGER accounts_touch BEFORE UPDATE ON accounts FOR EACH ROW WHEN (positive(NEW.balance)) EXECUTE FUNCTION touch();
ALTER TABLE accounts DISABLE TRIGGER accounts_touch;
INSERT INTO accounts VALUES (1, 5);
