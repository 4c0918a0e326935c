CREATE DOMAIN score AS integer CONSTRAINT score_positive CHECK (VALUE > 0);
CREATE FUNCTION doubled(s score) RETURNS score LANGUAGE sql IMMUTABLE RETURN s * 2;
CREATE FUNCTION best(n integer) RETURNS integer LANGUAGE plpgsql AS $$ BEGIN RETURN n::score; END $$;
CREATE TABLE games (id int PRIMARY KEY, points score, twice integer GENERATED ALWAYS AS (doubled(points)::integer) STORED);
CREATE VIEW doubles AS SELECT id, doubled(points) AS d FROM games;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER games_touch BEFORE UPDATE ON games FOR EACH ROW WHEN (doubled(NEW.points) > 4) EXECUTE FUNCTION touch();
INSERT INTO games (id, points) VALUES (1, 3);
-- last: the JDBC driver sends nothing after a BEGIN ATOMIC body as a statement of its own
CREATE FUNCTION halved(s score DEFAULT 2::score) RETURNS integer LANGUAGE sql IMMUTABLE RETURN s::integer / 2 + doubled(1::score) * 0;
