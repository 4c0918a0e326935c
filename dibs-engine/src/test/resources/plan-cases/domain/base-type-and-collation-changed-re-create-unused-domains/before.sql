CREATE DOMAIN counter AS integer CHECK (VALUE >= 0);
CREATE DOMAIN word AS text;
CREATE DOMAIN tag AS text;
CREATE TABLE old_tags (id int PRIMARY KEY, t tag);
