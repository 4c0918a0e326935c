-- labels removed and one added: the type is created again. k leaves it for text before the
-- re-creation (which drops the old type), and its new default casts 'd', a label only the new type
-- has: the change is split, k leaves the type without a default, then takes it after the re-creation.
CREATE TYPE e AS ENUM ('b', 'd');
CREATE TABLE t (id int PRIMARY KEY, k text DEFAULT ('d'::e)::text, m e);
