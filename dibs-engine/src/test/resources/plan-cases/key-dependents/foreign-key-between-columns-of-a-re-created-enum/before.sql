CREATE TYPE status AS ENUM ('NEW', 'OLD', 'DONE');
CREATE TABLE states (status status PRIMARY KEY);
CREATE TABLE jobs (id int PRIMARY KEY, status status NOT NULL REFERENCES states (status));
INSERT INTO states VALUES ('NEW');
INSERT INTO jobs VALUES (1, 'NEW');
