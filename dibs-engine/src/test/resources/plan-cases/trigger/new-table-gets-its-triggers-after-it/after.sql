CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE TABLE customers (id int PRIMARY KEY);
CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers (id), total numeric NOT NULL);
CREATE TRIGGER orders_total BEFORE UPDATE OF total ON orders FOR EACH ROW WHEN (NEW.total < 0) EXECUTE FUNCTION touch();
