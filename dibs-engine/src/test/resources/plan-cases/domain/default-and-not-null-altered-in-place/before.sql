CREATE DOMAIN quantity AS integer;
CREATE DOMAIN label AS text DEFAULT 'none' NOT NULL;
CREATE DOMAIN price AS numeric DEFAULT 1;
CREATE TABLE items (id int PRIMARY KEY, q quantity, l label, p price);
INSERT INTO items VALUES (1, 3, 'x', 2);
