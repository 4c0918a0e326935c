-- the type and the operator class come from the extensions: created first, with their version
CREATE EXTENSION hstore WITH SCHEMA public;
CREATE EXTENSION pg_trgm WITH SCHEMA public;
COMMENT ON EXTENSION pg_trgm IS 'trigrams for title search';
CREATE TABLE doc (id int PRIMARY KEY, attrs hstore, title text);
CREATE INDEX doc_title_trgm ON doc USING gin (title gin_trgm_ops);
