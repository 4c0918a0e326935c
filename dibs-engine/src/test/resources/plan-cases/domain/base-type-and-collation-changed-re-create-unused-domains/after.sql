CREATE DOMAIN counter AS bigint CHECK (VALUE >= 0);
CREATE DOMAIN word AS text COLLATE "C";
CREATE DOMAIN tag AS varchar(30);
CREATE TABLE counts (id int PRIMARY KEY, n counter);
CREATE TABLE new_tags (id int PRIMARY KEY, t tag);
