-- labels removed and one added: the type is created again. k and m keep it, and take a default
-- ('d') that only the new type has: set by the re-creation, never before it (PostgreSQL would refuse
-- the label). m's default called f, which takes the type and goes before it is made again: m's
-- default is dropped first. The new check names the new label too: it waits for the new type.
CREATE TYPE e AS ENUM ('b', 'd');
CREATE TABLE t (id int PRIMARY KEY, k e DEFAULT 'd', m e DEFAULT 'd', CONSTRAINT t_k_check CHECK (k IN ('b', 'd')));
