SELECT status::text || ' ' || history::text FROM jobs
-- expect: DONE {NEW,DONE}
