CREATE TABLE accounts (id integer PRIMARY KEY);
CREATE TABLE events (id integer NOT NULL, account_id integer REFERENCES accounts, PRIMARY KEY (id)) PARTITION BY RANGE (id);
CREATE TABLE events_low PARTITION OF events FOR VALUES FROM (MINVALUE) TO (100);
CREATE TABLE events_rest PARTITION OF events DEFAULT;
CREATE TABLE notes (id integer PRIMARY KEY, account_id integer REFERENCES accounts);
