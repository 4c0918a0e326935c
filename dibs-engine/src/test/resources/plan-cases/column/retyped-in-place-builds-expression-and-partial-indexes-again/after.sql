-- no row is rewritten, but PostgreSQL builds again each index (and exclusion constraint) whose
-- expression or predicate reads the retyped column: INDEX_BUILD; one on the bare column is kept
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
    CONSTRAINT t_excl EXCLUDE USING btree (lower((excl)::text) WITH =),
    CONSTRAINT t_bare EXCLUDE USING btree (bare WITH =)
);
CREATE INDEX t_plain ON t (plain);
CREATE INDEX t_expr ON t (lower(expr));
CREATE INDEX t_part ON t (id) WHERE part <> 'x';
CREATE INDEX t_tagged ON t (upper(tagged));
