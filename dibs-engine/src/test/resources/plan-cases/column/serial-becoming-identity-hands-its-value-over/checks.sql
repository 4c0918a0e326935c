SELECT nextval(pg_get_serial_sequence('s', 'id')) || ', ' || nextval(pg_get_serial_sequence('e', 'id')) || ', ' || nextval(pg_get_serial_sequence('"Odd"', 'Key'))
-- expect: 3, 1, 2
