-- the column leaves the renamed domain for its twin over the same base type: a catalog change, no DELETES_DATA
-- dibs:renamed-from cents
CREATE DOMAIN money_cents AS bigint;
CREATE DOMAIN amount AS bigint;
CREATE TABLE t (id integer PRIMARY KEY, a amount);
