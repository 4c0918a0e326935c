-- labels removed and one added: the type is created again. The domain over text takes a default and
-- a check casting 'd', a label only the new type has: both wait for it (PostgreSQL would refuse the
-- label before).
CREATE TYPE e AS ENUM ('b', 'd');
CREATE DOMAIN dt AS text DEFAULT ('d'::e)::text CHECK (VALUE IN (('d'::e)::text, 'x'));
CREATE TABLE t (id int PRIMARY KEY, k e, s dt);
