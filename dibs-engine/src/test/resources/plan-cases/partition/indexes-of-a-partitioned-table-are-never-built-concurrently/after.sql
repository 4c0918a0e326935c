CREATE TABLE events (id integer NOT NULL, kind text, at date, PRIMARY KEY (id)) PARTITION BY RANGE (id);
CREATE TABLE events_low PARTITION OF events FOR VALUES FROM (MINVALUE) TO (100);
CREATE TABLE events_rest PARTITION OF events DEFAULT;
CREATE INDEX events_kind_idx ON events (kind);
