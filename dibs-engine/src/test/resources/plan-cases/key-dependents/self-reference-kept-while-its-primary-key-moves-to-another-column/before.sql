CREATE TABLE nodes (id int PRIMARY KEY, uid int NOT NULL, parent_id int REFERENCES nodes (id));
INSERT INTO nodes VALUES (1, 10, NULL), (2, 20, 1);
