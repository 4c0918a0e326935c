CREATE EXTENSION pg_trgm;
CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL, name varchar(80), code text, addr inet);
-- no default operator class for text exists in gin: without the class PostgreSQL refuses the index
CREATE INDEX users_email_trgm ON users USING gin (email gin_trgm_ops);
CREATE INDEX users_email_gist ON users USING gist (email gist_trgm_ops (siglen = 32));
CREATE INDEX users_name_pattern ON users (name varchar_pattern_ops) WHERE name IS NOT NULL;
CREATE INDEX users_lower_name ON users (lower(name) text_pattern_ops);
CREATE INDEX users_name_c ON users (name COLLATE "C" DESC NULLS LAST);
CREATE UNIQUE INDEX users_code_unique ON users (code) NULLS NOT DISTINCT WITH (fillfactor = 70);
CREATE INDEX users_addr ON users USING gist (addr inet_ops);
