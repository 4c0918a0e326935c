CREATE FUNCTION rounded(a integer) RETURNS integer LANGUAGE sql IMMUTABLE STRICT AS 'SELECT a / 10 * 10';
CREATE DOMAIN quantity AS integer DEFAULT 10 CONSTRAINT quantity_positive CHECK (rounded(VALUE) > 0);
CREATE DOMAIN label AS text DEFAULT 'none' CONSTRAINT label_short CHECK (length(VALUE) < 100);
CREATE TABLE orders (id int PRIMARY KEY, amount quantity, tag label);
