-- the foreign key now depends on the unique constraint that took the primary key's place
SELECT i.relname FROM pg_constraint k JOIN pg_class i ON i.oid = k.conindid WHERE k.conname = 'offices_region_code_fkey'
-- expect: regions_code_key
