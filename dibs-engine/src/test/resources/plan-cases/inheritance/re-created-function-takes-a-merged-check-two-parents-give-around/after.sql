-- ok's argument renamed: dropped and created, with both parents' checks around it; the child's merged
-- copy, which it would keep as its own, goes after both and comes back from them
CREATE FUNCTION ok(y text) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN y <> '';
CREATE TABLE feelings (id bigint NOT NULL, kind text, CONSTRAINT kind_check CHECK (ok(kind)));
CREATE TABLE moods (id bigint NOT NULL, kind text, CONSTRAINT kind_check CHECK (ok(kind)));
CREATE TABLE feelings_0 () INHERITS (feelings, moods);
