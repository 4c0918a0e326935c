CREATE TABLE orgs (id int PRIMARY KEY, code text NOT NULL);
CREATE TABLE users (id int PRIMARY KEY, org_code text NOT NULL, email text NOT NULL, name text);
CREATE UNIQUE INDEX users_email_key ON users (email);
INSERT INTO orgs VALUES (1, 'a');
INSERT INTO users VALUES (1, 'a', 'x@example.com', 'X');
