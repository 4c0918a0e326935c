-- the reverse of row-types-of-tables-taken-by-columns-and-a-function-an-index-calls: what takes a
-- table's row type (another table's columns, a function, and the index and check calling it) goes
-- before the table: the index and check first (the table's own, but neither the function nor the
-- table could go while they stand), then the function, then the table
CREATE TABLE users (id int PRIMARY KEY, first text, last text);
CREATE FUNCTION full_name(p users) RETURNS text LANGUAGE sql IMMUTABLE RETURN p.first || ' ' || p.last;
CREATE INDEX users_full_name ON users (full_name(users));
ALTER TABLE users ADD CONSTRAINT users_named CHECK (full_name(users) <> ' ');
CREATE TABLE snap (id int PRIMARY KEY, who users, crowd users[]);
