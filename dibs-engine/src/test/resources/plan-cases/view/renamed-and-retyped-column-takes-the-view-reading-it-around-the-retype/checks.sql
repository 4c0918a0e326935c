SELECT credit FROM accounts
-- expect: 5
SELECT top FROM richest
-- expect: 5
