CREATE TABLE items (id integer PRIMARY KEY, title text, code text, tag text);
CREATE INDEX items_title ON items (title);
CREATE UNIQUE INDEX items_code ON items (code) WITH (fillfactor = 90);
CREATE INDEX items_tag ON items (tag COLLATE "C");
