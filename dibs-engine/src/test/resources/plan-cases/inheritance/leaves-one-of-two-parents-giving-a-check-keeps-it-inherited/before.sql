CREATE TABLE events (id bigint NOT NULL, kind text, CONSTRAINT kind_check CHECK (kind <> ''));
CREATE TABLE tagged (id bigint NOT NULL, kind text, CONSTRAINT kind_check CHECK (kind <> ''));
-- the check from both parents, none of its own
CREATE TABLE events_2024 () INHERITS (events, tagged);
