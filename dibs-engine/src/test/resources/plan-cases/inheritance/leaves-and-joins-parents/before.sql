CREATE TABLE old_events (id bigint NOT NULL, kind text, CONSTRAINT old_events_kind_check CHECK (kind <> ''));
CREATE TABLE events (id bigint NOT NULL, kind text, CONSTRAINT events_kind_check CHECK (kind <> ''));
CREATE TABLE events_2024 () INHERITS (old_events);
CREATE TABLE events_2025 (id bigint NOT NULL, kind text);
INSERT INTO events_2024 VALUES (1, 'a');
INSERT INTO events_2025 VALUES (2, 'b');
