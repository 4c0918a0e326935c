-- PostgreSQL before 18 refuses a NOT VALID foreign key on a partitioned table ("not yet
-- supported"): there (plan.17.sql) the key a partitioned table gets is added and validated in one
-- statement, while a plain table's is still added NOT VALID and validated in a second; from 18
-- (plan.sql) both are
CREATE TABLE accounts (id integer PRIMARY KEY);
CREATE TABLE events (id integer NOT NULL, account_id integer, PRIMARY KEY (id)) PARTITION BY RANGE (id);
CREATE TABLE events_low PARTITION OF events FOR VALUES FROM (MINVALUE) TO (100);
CREATE TABLE events_rest PARTITION OF events DEFAULT;
CREATE TABLE notes (id integer PRIMARY KEY, account_id integer);
INSERT INTO accounts VALUES (1), (2);
INSERT INTO events VALUES (1, 1), (150, 2);
INSERT INTO notes VALUES (1, 2);
