CREATE FUNCTION slug(t text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT lower($1)';
CREATE FUNCTION label(t text) RETURNS text LANGUAGE plpgsql AS $$ BEGIN RETURN 'page ' || slug(t); END $$;
CREATE TABLE pages (id int PRIMARY KEY, title text, path text GENERATED ALWAYS AS (slug(title)) STORED);
INSERT INTO pages (id, title) VALUES (1, 'Hello');
