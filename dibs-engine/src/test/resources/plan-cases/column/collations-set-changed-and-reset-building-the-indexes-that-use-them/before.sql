CREATE TABLE items (
    id integer PRIMARY KEY,
    code text NOT NULL,
    note text,
    tag varchar(20) COLLATE "C",
    name text COLLATE "POSIX",
    label text COLLATE "C"
);
CREATE INDEX items_code ON items (code);
CREATE INDEX items_tag ON items (lower(tag));
CREATE INDEX items_label ON items (id) WHERE label > 'm';
CREATE VIEW item_names AS SELECT id, name FROM items;
INSERT INTO items VALUES (1, 'a', 'b', 'c', 'd', 'e');
