-- the labels are reordered: the type is created again, once the table the plan drops (a column of
-- the type) has gone; a column taking the type (an array of it from varchar, it from text) waits for
-- the new type, and a new index on such a column waits for the column's new type (a GIN index on the
-- varchar it still is PostgreSQL refuses; a btree would be built twice)
CREATE TYPE e0 AS ENUM ('b', 'a');
CREATE TABLE t (id int PRIMARY KEY, tags e0[] NOT NULL, kind e0 NOT NULL, used e0);
CREATE INDEX t_tags ON t USING gin (tags);
CREATE INDEX t_kind ON t (kind);
