CREATE TABLE items (id integer PRIMARY KEY, title text, code text, tag text);
CREATE INDEX items_title ON items (title text_pattern_ops);
CREATE UNIQUE INDEX items_code ON items (code) NULLS NOT DISTINCT WITH (fillfactor = 70);
CREATE INDEX items_tag ON items (tag);
