CREATE TABLE orgs (id int NOT NULL, code text NOT NULL);
CREATE TABLE users (id int PRIMARY KEY, org_id int NOT NULL, age int NOT NULL);
INSERT INTO orgs VALUES (1, 'a');
INSERT INTO users VALUES (1, 1, 30);
