-- a label removed: the type is re-created, but only the columns that keep it are converted. A table
-- or column the plan drops, a domain over the type and its columns, or a column retyped to text, goes first, rows holding the removed label
-- and all (converting them would fail on those rows), and a table partitioned by the type can go
-- (its key column could not be converted). A column that takes the type, from text or new, comes after.
CREATE TYPE status AS ENUM ('DONE', 'NEW');
CREATE TABLE jobs (id int PRIMARY KEY, status status NOT NULL DEFAULT 'NEW', legacy text NOT NULL, note status NOT NULL, later status);
