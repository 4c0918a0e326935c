-- a foreign key referencing a partitioned table: PostgreSQL copies it for each partition of the
-- referenced table (pg_constraint.conparentid); only the key itself is dibs's, read and written
CREATE TABLE events (id integer PRIMARY KEY, at date) PARTITION BY RANGE (id);
CREATE TABLE events_low PARTITION OF events FOR VALUES FROM (0) TO (100);
CREATE TABLE events_high PARTITION OF events FOR VALUES FROM (100) TO (MAXVALUE);
CREATE TABLE notes (id integer PRIMARY KEY, event_id integer REFERENCES events ON DELETE CASCADE);
CREATE TABLE old_refs (id integer PRIMARY KEY, event_id integer);
