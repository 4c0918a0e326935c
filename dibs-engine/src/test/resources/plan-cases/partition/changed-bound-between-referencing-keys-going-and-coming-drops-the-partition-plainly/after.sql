CREATE TABLE events (id integer PRIMARY KEY) PARTITION BY RANGE (id);
CREATE TABLE events_low PARTITION OF events FOR VALUES FROM (MINVALUE) TO (100);
CREATE TABLE events_mid PARTITION OF events FOR VALUES FROM (100) TO (500);
CREATE TABLE notes (id integer PRIMARY KEY, event_id integer);
CREATE TABLE links (id integer PRIMARY KEY, event_id integer REFERENCES events);
