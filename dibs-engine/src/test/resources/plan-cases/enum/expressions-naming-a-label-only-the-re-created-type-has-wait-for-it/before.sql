CREATE TYPE e AS ENUM ('a', 'b', 'c');
CREATE TABLE t (id int PRIMARY KEY, k e, r int4range);
CREATE TABLE u (id int PRIMARY KEY, s text);
CREATE FUNCTION trf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.s := upper(NEW.s); RETURN NEW; END $$;
CREATE TABLE w (id int PRIMARY KEY, x e);
INSERT INTO w VALUES (1, 'a');
INSERT INTO t VALUES (1, 'b', '[1,5)');
INSERT INTO u VALUES (1, 'x');
