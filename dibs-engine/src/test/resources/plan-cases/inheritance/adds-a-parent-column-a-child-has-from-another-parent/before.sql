CREATE TABLE events (id bigint NOT NULL);
CREATE TABLE tagged (kind text, tag text);
CREATE TABLE events_2024 () INHERITS (events, tagged);
INSERT INTO events_2024 VALUES (1, 'a', 't');
