-- a label removed: the type is created again. k becomes of the type and its default, which calls f,
-- goes: f takes the type, so it goes before the type is made again, and k's default before f.
CREATE TYPE e AS ENUM ('a', 'b');
CREATE TABLE t (id int PRIMARY KEY, k e, x e NOT NULL);
