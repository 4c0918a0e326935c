-- f0's argument is renamed: dropped and created again. What the plan adds that calls it (a new
-- table's check and default, a new check, index and column default on a kept table) waits until the
-- old version is dropped: bound to it, PostgreSQL would refuse that drop.
CREATE FUNCTION f0(a integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN a + 1;
CREATE TABLE kept (
    id integer PRIMARY KEY,
    n integer CONSTRAINT kept_n_f0 CHECK (f0(n) > 0),
    m integer DEFAULT f0(41)
);
CREATE INDEX kept_f0 ON kept (f0(n));
CREATE TABLE t1 (c0 integer DEFAULT f0(0) CONSTRAINT t1_c0_f0 CHECK (f0(c0) > 0));
