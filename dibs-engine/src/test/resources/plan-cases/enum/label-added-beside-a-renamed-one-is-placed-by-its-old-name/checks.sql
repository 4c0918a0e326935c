SELECT status::text FROM jobs ORDER BY status
-- expect: NEW, SHIPPED
SELECT string_agg(enumlabel::text, ', ' ORDER BY enumsortorder) FROM pg_enum WHERE enumtypid = 'status'::regtype
-- expect: NEW, PACKED, SHIPPED, DELIVERED
