-- The function's argument is renamed, so it is dropped and created again. The domain small changes
-- its base type (re-created) and calls it before and after: it is dropped before the function and
-- created after it, in two steps. The new domains pos (a check) and flag (a default) call it too:
-- created after the new version, bound to it. The new table uses both.
CREATE FUNCTION positive(w integer) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN w > 0;
CREATE DOMAIN small AS integer CHECK (positive(VALUE));
CREATE DOMAIN pos AS integer CHECK (positive(VALUE));
CREATE DOMAIN flag AS boolean DEFAULT positive(1);
CREATE TABLE t (id integer PRIMARY KEY, n pos, s small, f flag);
