SELECT status::text FROM jobs
-- expect: SHIPPED
