INSERT INTO invoice (id) VALUES (1)
SELECT note FROM invoice WHERE id = 1
-- expect: touched
SELECT tgname || ':' || tgenabled::text FROM pg_trigger WHERE tgrelid = 'invoice'::regclass AND NOT tgisinternal ORDER BY tgname
-- expect: New Check:D, invoice_touch:O
SELECT obj_description(oid, 'pg_trigger') FROM pg_trigger WHERE tgname = 'invoice_touch'
-- expect: stamps notes
