-- a label removed: the type is created again. k moves to a new domain over it, and its default, which
-- calls f, goes: f takes the type, so it goes before the type is made again, the domain after it, and
-- k's default before f.
CREATE TYPE e AS ENUM ('a', 'b');
CREATE DOMAIN de AS e CHECK (VALUE <> 'a');
CREATE TABLE t (id int PRIMARY KEY, k de);
