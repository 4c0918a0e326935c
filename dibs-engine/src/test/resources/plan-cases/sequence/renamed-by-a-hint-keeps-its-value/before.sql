CREATE SEQUENCE bill_numbers START 1000 INCREMENT BY 5;
COMMENT ON SEQUENCE bill_numbers IS 'numbers of bills';
CREATE DOMAIN bill_ref AS bigint DEFAULT nextval('bill_numbers');
CREATE TABLE bills (id int PRIMARY KEY, number bigint DEFAULT nextval('bill_numbers'));
CREATE TABLE notes (id int PRIMARY KEY, ref bill_ref);
INSERT INTO bills (id) VALUES (1), (2);
