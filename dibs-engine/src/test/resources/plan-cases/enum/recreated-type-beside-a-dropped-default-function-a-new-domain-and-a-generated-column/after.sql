-- a label removed: the type is created again. k keeps the type but its default stops calling f,
-- which the plan drops: the default changes first (it waits for nothing), then f goes, then the type
-- is made again. g becomes a generated column (dropped and added back): it goes before and is not
-- converted, though it holds the removed label. m moves to a new domain over the type: converted to
-- the new type first, then moved to the domain, created over the new type.
CREATE TYPE e AS ENUM ('a', 'b');
CREATE DOMAIN de AS e CHECK (VALUE <> 'a');
CREATE TABLE t (id int PRIMARY KEY, k e DEFAULT 'b', x e NOT NULL, g e GENERATED ALWAYS AS ('a'::e) STORED, m de NOT NULL);
