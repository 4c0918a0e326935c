-- The function's argument is renamed, so it is dropped and created again; the domain old_amount goes,
-- and its column moves to the new domain amount, whose check calls the function's new version. The
-- old domain's drop waits for the column, the column for amount, amount for the new function, and
-- the new function for the old one's drop: so the old domain's check and default, which PostgreSQL
-- will not let the function drop go under, are dropped first.
CREATE FUNCTION positive(w integer) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN w > 0;
CREATE DOMAIN amount AS integer CHECK (positive(VALUE));
CREATE TABLE t (id integer PRIMARY KEY, n amount);
