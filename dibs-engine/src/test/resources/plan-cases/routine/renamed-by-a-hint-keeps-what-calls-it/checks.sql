SELECT count(*) FROM pg_proc WHERE proname IN ('slug', 'stamp', 'forget')
-- expect: 0
SELECT titled('Hello World')
-- expect: hello-world.html
SELECT path FROM page_paths WHERE id = 1
-- expect: hello-world
UPDATE pages SET title = 'Hello Again' WHERE id = 1
SELECT seen IS NOT NULL FROM pages WHERE id = 1
-- expect: t
INSERT INTO pages (id, title) VALUES (2, 'Other')
SELECT path FROM pages WHERE id = 2
-- expect: untitled
CALL purge(3)
