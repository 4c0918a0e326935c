SELECT status::text FROM jobs JOIN states USING (status)
-- expect: NEW
