-- a collation changes through ALTER COLUMN … TYPE: no row is rewritten, but every index that has the
-- column as a key or reads it (an expression, a predicate) is built again; one it leaves is kept, and
-- a view reading the column is dropped and created around it (PostgreSQL retypes no column a view reads)
CREATE TABLE items (
    id integer PRIMARY KEY,
    code text COLLATE "C" NOT NULL,
    note text COLLATE "POSIX",
    tag varchar(20),
    name text COLLATE "C",
    label text COLLATE ucs_basic,
    added text COLLATE "C"
);
CREATE INDEX items_code ON items (code);
CREATE INDEX items_tag ON items (lower(tag));
CREATE INDEX items_label ON items (id) WHERE label > 'm';
CREATE VIEW item_names AS SELECT id, name FROM items;
CREATE TABLE tags (name varchar(40) COLLATE "C" PRIMARY KEY, title text COLLATE "POSIX");
