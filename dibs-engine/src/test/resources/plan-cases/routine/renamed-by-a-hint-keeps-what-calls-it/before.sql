CREATE FUNCTION slug(t text) RETURNS text LANGUAGE sql IMMUTABLE RETURN lower(replace(t, ' ', '-'));
COMMENT ON FUNCTION slug(text) IS 'a title as it reads in a path';
CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.seen := now(); RETURN NEW; END $$;
CREATE PROCEDURE forget(days integer) LANGUAGE sql AS 'SELECT 1';
CREATE TABLE pages (
    id int PRIMARY KEY,
    title text NOT NULL,
    path text DEFAULT slug('untitled') CHECK (path = slug(path)),
    seen timestamptz
);
CREATE UNIQUE INDEX pages_path ON pages (slug(title)) WHERE slug(title) <> '';
CREATE VIEW page_paths AS SELECT id, slug(title) AS path FROM pages;
CREATE TRIGGER pages_stamp BEFORE UPDATE ON pages FOR EACH ROW WHEN (slug(NEW.title) <> slug(OLD.title)) EXECUTE FUNCTION stamp();
ALTER TABLE pages ENABLE ROW LEVEL SECURITY;
CREATE POLICY readable ON pages USING (slug(title) <> 'hidden');
INSERT INTO pages VALUES (1, 'Hello World', 'hello-world', NULL);
-- last: the JDBC driver sends nothing after a BEGIN ATOMIC body as a statement of its own
CREATE FUNCTION titled(t text) RETURNS text LANGUAGE sql IMMUTABLE RETURN slug(t) || '.html';
