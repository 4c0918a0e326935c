-- a type change that writes no row (varchar(20) to varchar(40), bit varying(8) to bit varying)
-- keeps a plain table's indexes on the column; on a partitioned table PostgreSQL makes every index
-- using the column again, and a partitioned index has no storage to reuse: each partition's copy
-- is built (INDEX_BUILD), a key's, a unique constraint's, an INCLUDE column's too. The plain table
-- beside it keeps its index.
CREATE TABLE events (id integer NOT NULL, code varchar(20), bits bit varying(8), note varchar(20), PRIMARY KEY (id) INCLUDE (note),
    CONSTRAINT events_code_key UNIQUE (code, id)) PARTITION BY RANGE (id);
CREATE INDEX events_bits_idx ON events (bits);
CREATE TABLE events_low PARTITION OF events FOR VALUES FROM (MINVALUE) TO (100);
CREATE TABLE events_rest PARTITION OF events DEFAULT;
CREATE TABLE plain (id integer PRIMARY KEY, code varchar(20));
CREATE INDEX plain_code_idx ON plain (code);
INSERT INTO events VALUES (1, 'a', B'1', 'x'), (150, 'b', B'10', 'y');
INSERT INTO plain VALUES (1, 'a');
