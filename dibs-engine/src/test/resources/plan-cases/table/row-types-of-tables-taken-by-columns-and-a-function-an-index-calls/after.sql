-- a table's row type taken by another table's columns (snap sorts before users) and by a function
-- an index of its own table calls: the plan creates users, then the function, then its index, and snap
-- after users
CREATE TABLE users (id int PRIMARY KEY, first text, last text);
CREATE FUNCTION full_name(p users) RETURNS text LANGUAGE sql IMMUTABLE RETURN p.first || ' ' || p.last;
CREATE INDEX users_full_name ON users (full_name(users));
CREATE TABLE snap (id int PRIMARY KEY, who users, crowd users[]);
