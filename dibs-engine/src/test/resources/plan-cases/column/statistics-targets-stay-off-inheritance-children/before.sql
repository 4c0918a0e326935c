CREATE TABLE posts (id bigint PRIMARY KEY, score integer, body text);
-- an archive of old posts, inheriting from the table, in a schema dibs does not manage, with a
-- DBA's own target
CREATE SCHEMA archive;
CREATE TABLE archive.posts_2012 () INHERITS (posts);
ALTER TABLE ONLY archive.posts_2012 ALTER COLUMN body SET STATISTICS 10;
