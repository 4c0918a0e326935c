SELECT accounts FROM regions WHERE region = 'north'
-- expect: 2
SELECT count(*) FROM pg_indexes WHERE indexname = 'regions_region'
-- expect: 1
