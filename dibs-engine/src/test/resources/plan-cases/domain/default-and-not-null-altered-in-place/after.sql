CREATE DOMAIN quantity AS integer DEFAULT 1 NOT NULL;
CREATE DOMAIN label AS text;
CREATE DOMAIN price AS numeric DEFAULT 2;
CREATE TABLE items (id int PRIMARY KEY, q quantity, l label, p price);
