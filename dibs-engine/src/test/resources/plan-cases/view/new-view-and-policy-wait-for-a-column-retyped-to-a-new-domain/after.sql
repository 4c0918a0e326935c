-- n becomes of the new domain pos, whose check calls positive, re-created (its argument renamed)
-- once the table old, whose check calls it, is dropped, among the last steps: the retyping waits
-- long. The new view and the new policy reading n wait for it: created first, PostgreSQL would
-- refuse the ALTER TYPE under them.
CREATE FUNCTION positive(w integer) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN w > 0;
CREATE DOMAIN pos AS integer CHECK (positive(VALUE));
CREATE TABLE t (id integer PRIMARY KEY, n pos);
CREATE VIEW v AS SELECT id, n FROM t;
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE POLICY only_set ON t USING (n IS NOT NULL);
