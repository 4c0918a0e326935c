INSERT INTO accounts VALUES (1, 'a@example.com', 10, 'open')
DELETE FROM accounts WHERE id = 1
SELECT count(*) FROM accounts
-- expect: 0
