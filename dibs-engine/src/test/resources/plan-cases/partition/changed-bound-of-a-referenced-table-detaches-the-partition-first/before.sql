-- events is referenced by a foreign key, which PostgreSQL copies onto each partition: dropping
-- events_mid (its bound changed) is refused while the copy depends on it, so it is detached
-- first; detaching checks that no row of notes points into it (none does: notes points to 1)
CREATE TABLE events (id integer PRIMARY KEY) PARTITION BY RANGE (id);
CREATE TABLE events_low PARTITION OF events FOR VALUES FROM (MINVALUE) TO (100);
CREATE TABLE events_mid PARTITION OF events FOR VALUES FROM (100) TO (1000);
CREATE TABLE notes (id integer PRIMARY KEY, event_id integer REFERENCES events);
INSERT INTO events VALUES (1), (150);
INSERT INTO notes VALUES (1, 1);
