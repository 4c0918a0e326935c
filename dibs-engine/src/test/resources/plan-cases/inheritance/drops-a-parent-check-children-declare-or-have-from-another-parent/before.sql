CREATE TABLE events (id bigint NOT NULL, kind text, CONSTRAINT kind_check CHECK (kind <> ''));
CREATE TABLE tagged (id bigint NOT NULL, kind text, CONSTRAINT kind_check CHECK (kind <> ''));
-- from both parents, and declared again
CREATE TABLE events_2024 (CONSTRAINT kind_check CHECK (kind <> '')) INHERITS (events, tagged);
-- declared again, and declared in the desired state too
CREATE TABLE events_2025 (CONSTRAINT kind_check CHECK (kind <> '')) INHERITS (events);
