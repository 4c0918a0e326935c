CREATE TYPE mood AS ENUM ('happy', 'sad', 'meh');
CREATE TABLE feelings (id bigint PRIMARY KEY, mood mood NOT NULL);
CREATE TABLE feelings_0 () INHERITS (feelings);
CREATE VIEW sad_feelings_0 AS SELECT id, mood FROM feelings_0;
INSERT INTO feelings_0 VALUES (1, 'sad');
