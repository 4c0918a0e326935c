CREATE TABLE events (id integer PRIMARY KEY, at date) PARTITION BY RANGE (id);
CREATE TABLE events_low PARTITION OF events FOR VALUES FROM (0) TO (100);
CREATE TABLE events_high PARTITION OF events FOR VALUES FROM (100) TO (MAXVALUE);
CREATE TABLE notes (id integer PRIMARY KEY, event_id integer);
INSERT INTO events VALUES (1, '2026-01-01'), (150, '2026-02-01');
INSERT INTO notes VALUES (1, 150);
CREATE TABLE old_refs (id integer PRIMARY KEY, event_id integer REFERENCES events);
