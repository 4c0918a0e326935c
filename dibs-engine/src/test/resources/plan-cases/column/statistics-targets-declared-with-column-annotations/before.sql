CREATE TABLE posts (id bigint PRIMARY KEY, tag_index text);
ALTER TABLE posts ALTER COLUMN tag_index SET STATISTICS 100;
