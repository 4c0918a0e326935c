CREATE DOMAIN label AS text;
CREATE DOMAIN label2 AS text;
CREATE TABLE t (
    id integer PRIMARY KEY,
    plain varchar(10),
    expr varchar(10),
    part varchar(10),
    tagged label,
    excl varchar(10),
    bare varchar(10),
    keyed varchar(10),
    fenced varchar(10),
    CONSTRAINT t_excl EXCLUDE USING btree (lower((excl)::text) WITH =),
    CONSTRAINT t_bare EXCLUDE USING btree (bare WITH =),
    CONSTRAINT t_fenced EXCLUDE USING btree (fenced WITH =) WHERE (id > 0)
);
CREATE INDEX t_plain ON t (plain);
CREATE INDEX t_expr ON t (lower(expr));
CREATE INDEX t_part ON t (id) WHERE part <> 'x';
CREATE INDEX t_tagged ON t (upper(tagged));
CREATE INDEX t_keyed ON t (keyed) WHERE id > 0;
INSERT INTO t VALUES (1, 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h');
