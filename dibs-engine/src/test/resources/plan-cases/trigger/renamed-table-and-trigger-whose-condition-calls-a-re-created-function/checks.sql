WITH u AS (UPDATE customers SET balance = balance RETURNING balance) SELECT (SELECT balance FROM u) || ' ' || (SELECT tgenabled::text FROM pg_trigger WHERE tgname = 'customers_touch') || ' ' || (SELECT count(*) FROM pg_constraint WHERE conname = 'pos_check' AND pg_get_constraintdef(oid) LIKE '%1000%')
-- expect: 105 O 1
