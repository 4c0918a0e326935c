-- a policy's expression and a trigger's WHEN name the sequence as a regclass constant: both follow the rename
-- dibs:renamed-from batch_numbers
CREATE SEQUENCE run_numbers;
CREATE TABLE jobs (id int PRIMARY KEY, batch bigint);
ALTER TABLE jobs ENABLE ROW LEVEL SECURITY;
CREATE POLICY current_batch ON jobs USING (batch <= currval('run_numbers'));
CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.batch := 0; RETURN NEW; END $$;
CREATE TRIGGER stamp_jobs BEFORE INSERT ON jobs FOR EACH ROW WHEN (NEW.batch IS NULL AND nextval('run_numbers') > 0) EXECUTE FUNCTION stamp();
