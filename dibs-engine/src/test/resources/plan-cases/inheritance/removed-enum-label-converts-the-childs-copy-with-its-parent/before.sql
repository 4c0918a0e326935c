CREATE TYPE mood AS ENUM ('happy', 'sad', 'meh');
CREATE TABLE feelings (id bigint PRIMARY KEY, mood mood NOT NULL DEFAULT 'happy');
CREATE TABLE feelings_0 () INHERITS (feelings);
INSERT INTO feelings_0 VALUES (1, 'sad');
