SELECT nextval(pg_get_serial_sequence('s', 'id')) || ', ' || nextval(pg_get_serial_sequence('e', 'id'))
-- expect: 3, 1
