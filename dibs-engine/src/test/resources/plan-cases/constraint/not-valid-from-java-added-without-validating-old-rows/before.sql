CREATE TABLE orgs (id int PRIMARY KEY, region int NOT NULL, UNIQUE (id, region));
CREATE TABLE users (id int PRIMARY KEY, org_id int NOT NULL, region int NOT NULL, age int NOT NULL);
INSERT INTO orgs VALUES (1, 1);
-- old rows that break every constraint below: NOT VALID never reads them
INSERT INTO users VALUES (1, 99, 5, -3);
