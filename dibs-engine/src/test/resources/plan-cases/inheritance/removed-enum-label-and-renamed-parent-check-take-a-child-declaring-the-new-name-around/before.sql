CREATE TYPE mood AS ENUM ('happy', 'sad', 'meh');
CREATE TABLE feelings (id bigint PRIMARY KEY, mood mood NOT NULL, CONSTRAINT feelings_mood_check CHECK (mood <> 'sad'));
-- merged: declared again; declared under the parent's new name in the desired state
CREATE TABLE feelings_0 (CONSTRAINT feelings_mood_check CHECK (mood <> 'sad')) INHERITS (feelings);
INSERT INTO feelings_0 VALUES (1, 'happy');
