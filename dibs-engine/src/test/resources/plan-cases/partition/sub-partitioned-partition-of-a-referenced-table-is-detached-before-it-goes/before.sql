-- events is referenced by a foreign key, which PostgreSQL copies onto each partition at every
-- level: events_mid (its bound changed) is detached from events before it is dropped with its
-- own partitions; detaching checks that no row of notes points into it (none does: notes
-- points to 1), and the partitions come back below it as declared
CREATE TABLE events (id integer PRIMARY KEY) PARTITION BY RANGE (id);
CREATE TABLE events_low PARTITION OF events FOR VALUES FROM (MINVALUE) TO (100);
CREATE TABLE events_mid PARTITION OF events FOR VALUES FROM (100) TO (1000) PARTITION BY HASH (id);
CREATE TABLE events_mid_0 PARTITION OF events_mid FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE events_mid_1 PARTITION OF events_mid FOR VALUES WITH (MODULUS 2, REMAINDER 1);
CREATE TABLE notes (id integer PRIMARY KEY, event_id integer REFERENCES events);
INSERT INTO events VALUES (1), (150), (151);
INSERT INTO notes VALUES (1, 1);
