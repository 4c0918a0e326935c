SELECT count(*) FROM accounts WHERE email = 'ANN@EXAMPLE.COM'
-- expect: 1
SELECT count(*) FROM accounts WHERE nick = 'ann'
-- expect: 0
