SELECT count(*) FROM pg_class WHERE relname = 'accounts_legacy_seq'
-- expect: 0
SELECT balance FROM customers
-- expect: 5
