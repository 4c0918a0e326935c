-- the foreign key referencing events goes in this plan, and another comes: the first is dropped
-- before the partition whose bound changed, the second added after it is created again, so the
-- partition is detached with no check of rows (no key references the table at that point)
CREATE TABLE events (id integer PRIMARY KEY) PARTITION BY RANGE (id);
CREATE TABLE events_low PARTITION OF events FOR VALUES FROM (MINVALUE) TO (100);
CREATE TABLE events_mid PARTITION OF events FOR VALUES FROM (100) TO (1000);
CREATE TABLE notes (id integer PRIMARY KEY, event_id integer REFERENCES events);
CREATE TABLE links (id integer PRIMARY KEY, event_id integer);
INSERT INTO events VALUES (1), (150);
INSERT INTO notes VALUES (1, 150);
