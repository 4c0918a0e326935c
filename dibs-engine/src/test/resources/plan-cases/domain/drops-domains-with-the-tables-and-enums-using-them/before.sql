CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE DOMAIN cheerful AS mood CHECK (VALUE <> 'sad');
CREATE DOMAIN unused AS integer;
CREATE TABLE people (id int PRIMARY KEY, mood cheerful, moods cheerful[]);
INSERT INTO people VALUES (1, 'happy', '{happy}');
