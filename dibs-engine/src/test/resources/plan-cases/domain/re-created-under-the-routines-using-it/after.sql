-- the domain's base type changes: it is created again, and the function whose argument and result
-- are of it goes before and comes back after (PostgreSQL would not drop the old domain under it)
CREATE DOMAIN amount AS bigint CHECK (VALUE > 0);
CREATE TABLE t (id int PRIMARY KEY, a integer);
CREATE FUNCTION twice(x amount) RETURNS amount LANGUAGE sql IMMUTABLE RETURN x * 2;
