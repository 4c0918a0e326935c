CREATE TABLE events (id bigint NOT NULL, kind text, CONSTRAINT events_kind_check CHECK (kind <> ''));
-- merged: declared again with the parent's
CREATE TABLE events_2024 (CONSTRAINT events_kind_check CHECK (kind <> '')) INHERITS (events);
-- merged: it had the check to join
CREATE TABLE events_2025 (id bigint NOT NULL, kind text, CONSTRAINT events_kind_check CHECK (kind <> ''));
ALTER TABLE events_2025 INHERIT events;
-- inherited only
CREATE TABLE events_2026 () INHERITS (events);
INSERT INTO events_2024 VALUES (1, 'a');
