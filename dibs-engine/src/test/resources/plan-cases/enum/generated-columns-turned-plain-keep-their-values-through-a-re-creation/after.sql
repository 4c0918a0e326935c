-- a label removed: the type is created again while three generated columns stop being generated
-- (of the type and computed from k, comparing k with a label, of the type and casting to it). Each keeps the
-- values it holds (DROP EXPRESSION, never a drop and an empty column), and the two of the type are
-- converted with k.
CREATE TYPE e AS ENUM ('b', 'c');
CREATE TABLE t (id int PRIMARY KEY, k e, g e, h boolean, x e);
