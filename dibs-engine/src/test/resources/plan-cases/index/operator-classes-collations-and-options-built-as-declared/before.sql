CREATE EXTENSION pg_trgm;
CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL, name varchar(80), code text, addr inet);
