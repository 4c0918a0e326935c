CREATE TABLE events (id bigint NOT NULL, kind text, CONSTRAINT events_kind_check CHECK (kind <> ''),
                     CONSTRAINT events_id_check CHECK (id > 0));
CREATE TABLE events_2024 () INHERITS (events);
-- both merged: declared again, two levels below
CREATE TABLE events_2024_q1 (CONSTRAINT events_kind_check CHECK (kind <> ''), CONSTRAINT events_id_check CHECK (id > 0))
    INHERITS (events_2024);
INSERT INTO events_2024_q1 VALUES (1, 'a');
