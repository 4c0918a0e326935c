-- collations CREATE COLLATION made are managed: a new one is created before the domain and columns
-- that use it; one no longer declared is dropped after the column leaving it; a comment changes in place
CREATE COLLATION german (provider = icu, locale = 'de-DE');
CREATE COLLATION plain (provider = libc, locale = 'C');
COMMENT ON COLLATION plain IS 'bytes';
CREATE TABLE people (id integer PRIMARY KEY, name text COLLATE german, nick text);
INSERT INTO people VALUES (1, 'Zoë', 'z');
