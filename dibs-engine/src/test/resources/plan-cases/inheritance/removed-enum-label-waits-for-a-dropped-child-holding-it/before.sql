CREATE TYPE status AS ENUM ('active', 'legacy');
CREATE TABLE events (id integer NOT NULL, s status);
CREATE TABLE events_archive () INHERITS (events);
INSERT INTO events_archive VALUES (1, 'legacy');
