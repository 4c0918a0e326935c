CREATE TABLE events (id serial NOT NULL, kind text);
CREATE TABLE events_2024 () INHERITS (events);
CREATE TABLE events_2025 () INHERITS (events);
INSERT INTO events_2024 (kind) VALUES ('a');
