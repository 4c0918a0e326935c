-- a table's row type taken by another table's columns (snap sorts before users) and by a function
-- an index and a check of its own table call: the plan creates users, then the function, then the
-- index and the check (added on its own, after the table), and snap after users
CREATE TABLE users (id int PRIMARY KEY, first text, last text);
CREATE FUNCTION full_name(p users) RETURNS text LANGUAGE sql IMMUTABLE RETURN p.first || ' ' || p.last;
CREATE INDEX users_full_name ON users (full_name(users));
CREATE TABLE snap (id int PRIMARY KEY, who users, crowd users[]);
ALTER TABLE users ADD CONSTRAINT users_named CHECK (full_name(users) <> ' ');
