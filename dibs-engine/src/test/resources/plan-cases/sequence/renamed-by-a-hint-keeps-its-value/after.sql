-- the sequence's old name: renamed in place, its value kept, with its options changed after
-- dibs:renamed-from bill_numbers
CREATE SEQUENCE invoice_numbers START 1000 INCREMENT BY 10;
COMMENT ON SEQUENCE invoice_numbers IS 'numbers of bills';
CREATE DOMAIN bill_ref AS bigint DEFAULT nextval('invoice_numbers');
CREATE TABLE bills (id int PRIMARY KEY, number bigint DEFAULT nextval('invoice_numbers'));
CREATE TABLE notes (id int PRIMARY KEY, ref bill_ref);
