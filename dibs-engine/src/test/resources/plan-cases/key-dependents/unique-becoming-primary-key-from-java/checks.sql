-- the foreign key now depends on the new primary key's index; the other one was left alone
SELECT i.relname FROM pg_constraint k JOIN pg_class i ON i.oid = k.conindid WHERE k.contype = 'f' ORDER BY k.conname
-- expect: accounts_pkey, currencies_pkey
SELECT count(*) FROM invoices JOIN accounts ON accounts.code = invoices.account_code
-- expect: 1
