CREATE SEQUENCE invoice_numbers AS integer INCREMENT BY 10 MINVALUE 100 MAXVALUE 100000 START WITH 1000 CACHE 5 CYCLE;
COMMENT ON SEQUENCE invoice_numbers IS 'one per invoice';
CREATE TABLE invoice (id int PRIMARY KEY DEFAULT nextval('invoice_numbers'), ref bigint);
-- owned by a column that does not call it: a sequence of its own, its owner set once the table exists
CREATE SEQUENCE invoice_refs OWNED BY invoice.ref;
