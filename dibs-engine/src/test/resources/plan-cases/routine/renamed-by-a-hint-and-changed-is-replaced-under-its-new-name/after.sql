-- renamed first, then replaced under the new name (its body changed); a PL/pgSQL body names a
-- function as text, which the rename leaves as it was: the one calling it by its old name is
-- replaced with the desired body
-- dibs:renamed-from slug
CREATE FUNCTION make_slug(t text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT lower(trim($1))';
CREATE FUNCTION label(t text) RETURNS text LANGUAGE plpgsql AS $$ BEGIN RETURN 'page ' || make_slug(t); END $$;
CREATE TABLE pages (id int PRIMARY KEY, title text, path text GENERATED ALWAYS AS (make_slug(title)) STORED);
