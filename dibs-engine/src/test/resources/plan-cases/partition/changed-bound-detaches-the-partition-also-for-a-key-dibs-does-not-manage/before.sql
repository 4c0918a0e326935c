-- a table of a schema dibs does not manage references events: PostgreSQL refuses to drop a
-- partition while that key's copy depends on it, and dibs does not see the key, so every
-- partition whose bound changed is detached before it is dropped (detaching checks that no
-- referencing row points into it: the reports row points into events_low, which stays)
CREATE TABLE events (id integer PRIMARY KEY) PARTITION BY RANGE (id);
CREATE TABLE events_low PARTITION OF events FOR VALUES FROM (MINVALUE) TO (100);
CREATE TABLE events_mid PARTITION OF events FOR VALUES FROM (100) TO (1000);
CREATE SCHEMA archive;
CREATE TABLE archive.reports (id integer PRIMARY KEY, event_id integer REFERENCES events);
INSERT INTO events VALUES (1), (150);
INSERT INTO archive.reports VALUES (1, 1);
