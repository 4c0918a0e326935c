-- no row is rewritten, but PostgreSQL builds again each index (and exclusion constraint) with an
-- expression or a predicate that uses the retyped column anywhere: INDEX_BUILD; one with neither is kept
CREATE DOMAIN label AS text;
CREATE DOMAIN label2 AS text;
CREATE TABLE t (
    id integer PRIMARY KEY,
    plain varchar(20),
    expr varchar(20),
    part varchar(20),
    tagged label2,
    excl varchar(20),
    bare varchar(20),
    keyed varchar(20),
    fenced varchar(20),
    CONSTRAINT t_excl EXCLUDE USING btree (lower((excl)::text) WITH =),
    CONSTRAINT t_bare EXCLUDE USING btree (bare WITH =),
    CONSTRAINT t_fenced EXCLUDE USING btree (fenced WITH =) WHERE (id > 0)
);
CREATE INDEX t_plain ON t (plain);
CREATE INDEX t_expr ON t (lower(expr));
CREATE INDEX t_part ON t (id) WHERE part <> 'x';
CREATE INDEX t_tagged ON t (upper(tagged));
CREATE INDEX t_keyed ON t (keyed) WHERE id > 0;
