CREATE FUNCTION rounded(a integer) RETURNS integer LANGUAGE sql IMMUTABLE STRICT AS 'SELECT a';
CREATE DOMAIN quantity AS integer NOT NULL CONSTRAINT quantity_positive CHECK (rounded(VALUE) > 0);
CREATE DOMAIN label AS text DEFAULT 'none';
CREATE TABLE orders (id int PRIMARY KEY);
INSERT INTO orders VALUES (1), (2);
