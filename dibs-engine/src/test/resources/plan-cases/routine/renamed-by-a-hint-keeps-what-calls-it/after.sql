-- functions and a procedure renamed in place: the index is not built again, and every call
-- PostgreSQL stored (default, check, index, view, trigger, policy, a SQL-standard body) follows
-- dibs:renamed-from slug
CREATE FUNCTION make_slug(t text) RETURNS text LANGUAGE sql IMMUTABLE RETURN lower(replace(t, ' ', '-'));
COMMENT ON FUNCTION make_slug(text) IS 'a title as it reads in a path';
-- dibs:renamed-from stamp
CREATE FUNCTION touch_seen() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.seen := now(); RETURN NEW; END $$;
-- dibs:renamed-from forget
CREATE PROCEDURE purge(days integer) LANGUAGE sql AS 'SELECT 1';
CREATE TABLE pages (
    id int PRIMARY KEY,
    title text NOT NULL,
    path text DEFAULT make_slug('untitled') CHECK (path = make_slug(path)),
    seen timestamptz
);
CREATE UNIQUE INDEX pages_path ON pages (make_slug(title)) WHERE make_slug(title) <> '';
CREATE VIEW page_paths AS SELECT id, make_slug(title) AS path FROM pages;
CREATE TRIGGER pages_stamp BEFORE UPDATE ON pages FOR EACH ROW WHEN (make_slug(NEW.title) <> make_slug(OLD.title))
    EXECUTE FUNCTION touch_seen();
ALTER TABLE pages ENABLE ROW LEVEL SECURITY;
CREATE POLICY readable ON pages USING (make_slug(title) <> 'hidden');
-- last: the JDBC driver sends nothing after a BEGIN ATOMIC body as a statement of its own
CREATE FUNCTION titled(t text) RETURNS text LANGUAGE sql IMMUTABLE RETURN make_slug(t) || '.html';
