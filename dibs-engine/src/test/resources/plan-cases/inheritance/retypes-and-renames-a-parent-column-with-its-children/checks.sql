SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'favorites_0'::regclass AND attname = 'account_id';
-- expect: bigint
SELECT account_id FROM favorites;
-- expect: 2
