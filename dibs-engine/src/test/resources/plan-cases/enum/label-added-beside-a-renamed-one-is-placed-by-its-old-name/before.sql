CREATE TYPE status AS ENUM ('NEW', 'SENT');
CREATE TABLE jobs (id int PRIMARY KEY, status status NOT NULL);
INSERT INTO jobs VALUES (1, 'SENT'), (2, 'NEW');
