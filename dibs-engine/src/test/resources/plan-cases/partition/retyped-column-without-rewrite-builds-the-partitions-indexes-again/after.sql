CREATE TABLE events (id integer NOT NULL, code varchar(40), bits bit varying, note varchar(100), PRIMARY KEY (id) INCLUDE (note),
    CONSTRAINT events_code_key UNIQUE (code, id)) PARTITION BY RANGE (id);
CREATE INDEX events_bits_idx ON events (bits);
CREATE TABLE events_low PARTITION OF events FOR VALUES FROM (MINVALUE) TO (100);
CREATE TABLE events_rest PARTITION OF events DEFAULT;
CREATE TABLE plain (id integer PRIMARY KEY, code varchar(40));
CREATE INDEX plain_code_idx ON plain (code);
