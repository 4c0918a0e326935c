CREATE TABLE tags (id int PRIMARY KEY, slug text NOT NULL, label text NOT NULL);
CREATE UNIQUE INDEX tags_slug_idx ON tags (slug);
CREATE TABLE posts (id int PRIMARY KEY, tag_slug text NOT NULL REFERENCES tags (slug));
INSERT INTO tags VALUES (1, 'pg', 'PostgreSQL');
INSERT INTO posts VALUES (1, 'pg');
