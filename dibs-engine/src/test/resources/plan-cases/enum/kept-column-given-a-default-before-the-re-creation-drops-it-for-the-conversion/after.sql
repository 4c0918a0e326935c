-- labels reordered and one added: the type is created again. k and m keep it and get a default of a
-- label the old type has too, set while x, which the plan moves to text, holds the re-creation back:
-- the conversion then drops it first (PostgreSQL cannot cast a default along) and sets it again.
CREATE TYPE e AS ENUM ('d', 'b', 'c', 'a');
CREATE TABLE t (id int PRIMARY KEY, k e DEFAULT 'b', m e DEFAULT 'a', x text);
