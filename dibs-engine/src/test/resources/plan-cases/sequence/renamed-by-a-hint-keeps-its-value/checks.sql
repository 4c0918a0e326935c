SELECT count(*) FROM pg_class WHERE relname = 'bill_numbers'
-- expect: 0
SELECT last_value FROM invoice_numbers
-- expect: 1005
INSERT INTO bills (id) VALUES (3)
SELECT number FROM bills WHERE id = 3
-- expect: 1015
INSERT INTO notes (id) VALUES (1)
SELECT ref FROM notes WHERE id = 1
-- expect: 1025
