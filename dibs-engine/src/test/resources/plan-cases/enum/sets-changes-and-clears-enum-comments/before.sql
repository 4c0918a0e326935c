CREATE TYPE plain AS ENUM ('A');
CREATE TYPE changed AS ENUM ('A');
COMMENT ON TYPE changed IS 'Old words.';
CREATE TYPE cleared AS ENUM ('A');
COMMENT ON TYPE cleared IS 'Goes away.';
CREATE TABLE t (id int PRIMARY KEY, p plain NOT NULL, c changed NOT NULL, x cleared NOT NULL);
