INSERT INTO jobs (id) VALUES (2)
SELECT status::text FROM jobs ORDER BY id
-- expect: DONE, RUNNING
