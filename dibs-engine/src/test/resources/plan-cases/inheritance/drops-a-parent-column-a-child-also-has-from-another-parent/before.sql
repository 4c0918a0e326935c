CREATE TABLE events (id bigint NOT NULL, kind text, note text);
CREATE TABLE tagged (kind text, tag text);
-- kind from both parents
CREATE TABLE events_2024 () INHERITS (events, tagged);
INSERT INTO events_2024 VALUES (1, 'a', 'n', 't');
