SELECT last_value FROM counter
-- expect: 6
SELECT nextval('counter')
-- expect: 8
