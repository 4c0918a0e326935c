INSERT INTO jobs (id) VALUES (1)
SELECT last_value FROM run_numbers
-- expect: 1
SELECT count(*) FROM pg_policy WHERE polname = 'current_batch'
-- expect: 1
