-- PostgreSQL cannot create or drop a partitioned table's index CONCURRENTLY: with concurrent
-- index builds asked for, a partitioned table's are still built and dropped in the transaction
-- (its partitions' indexes come and go with it), so this plan applies in one
CREATE TABLE events (id integer NOT NULL, kind text, at date, PRIMARY KEY (id)) PARTITION BY RANGE (id);
CREATE TABLE events_low PARTITION OF events FOR VALUES FROM (MINVALUE) TO (100);
CREATE TABLE events_rest PARTITION OF events DEFAULT;
CREATE INDEX events_at_idx ON events (at);
INSERT INTO events VALUES (1, 'a', '2026-01-01'), (150, 'b', '2026-02-01');
