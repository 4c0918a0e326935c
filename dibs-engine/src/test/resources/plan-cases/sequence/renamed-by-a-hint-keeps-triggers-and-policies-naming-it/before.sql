CREATE SEQUENCE batch_numbers;
CREATE TABLE jobs (id int PRIMARY KEY, batch bigint);
ALTER TABLE jobs ENABLE ROW LEVEL SECURITY;
CREATE POLICY current_batch ON jobs USING (batch <= currval('batch_numbers'));
CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.batch := 0; RETURN NEW; END $$;
CREATE TRIGGER stamp_jobs BEFORE INSERT ON jobs FOR EACH ROW WHEN (NEW.batch IS NULL AND nextval('batch_numbers') > 0) EXECUTE FUNCTION stamp();
