-- the routines whose signature, result, argument default or SQL-standard body use the domain follow
-- the rename (PostgreSQL prints the new name there); a PL/pgSQL body names it as text, left as it was
-- by the rename: the desired one names the new type, so it is replaced
-- dibs:renamed-from score
CREATE DOMAIN rating AS integer CONSTRAINT score_positive CHECK (VALUE > 0);
CREATE FUNCTION doubled(s rating) RETURNS rating LANGUAGE sql IMMUTABLE RETURN s * 2;
CREATE FUNCTION best(n integer) RETURNS integer LANGUAGE plpgsql AS $$ BEGIN RETURN n::rating; END $$;
CREATE TABLE games (id int PRIMARY KEY, points rating, twice integer GENERATED ALWAYS AS (doubled(points)::integer) STORED);
CREATE VIEW doubles AS SELECT id, doubled(points) AS d FROM games;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER games_touch BEFORE UPDATE ON games FOR EACH ROW WHEN (doubled(NEW.points) > 4) EXECUTE FUNCTION touch();
-- last: the JDBC driver sends nothing after a BEGIN ATOMIC body as a statement of its own
CREATE FUNCTION halved(s rating DEFAULT 2::rating) RETURNS integer LANGUAGE sql IMMUTABLE RETURN s::integer / 2 + doubled(1::rating) * 0;
