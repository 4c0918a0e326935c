CREATE TABLE tags (id int PRIMARY KEY, slug text NOT NULL CONSTRAINT tags_slug_key UNIQUE, label text NOT NULL);
CREATE TABLE posts (id int PRIMARY KEY, tag_slug text NOT NULL REFERENCES tags (slug));
