-- the issue's case: DEFAULT nextval of a sequence that does not exist yet was refused
CREATE TABLE table1 (c1 serial);
ALTER SEQUENCE table1_c1_seq START WITH 100 CACHE 5;
