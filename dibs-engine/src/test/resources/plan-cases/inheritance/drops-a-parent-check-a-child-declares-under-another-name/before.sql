CREATE TABLE events (id bigint NOT NULL, kind text, CONSTRAINT events_kind_check CHECK (kind <> ''));
CREATE TABLE events_2024 (CONSTRAINT events_kind_check CHECK (kind <> '')) INHERITS (events);
