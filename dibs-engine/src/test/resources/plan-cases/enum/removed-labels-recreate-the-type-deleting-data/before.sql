CREATE TYPE status AS ENUM ('NEW', 'OLD', 'DONE');
CREATE TABLE jobs (id int PRIMARY KEY, status status NOT NULL DEFAULT 'NEW', history status[] NOT NULL);
INSERT INTO jobs VALUES (1, 'DONE', '{NEW,DONE}');
