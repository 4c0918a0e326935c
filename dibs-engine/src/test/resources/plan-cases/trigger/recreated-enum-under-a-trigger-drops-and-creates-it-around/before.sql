CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE people (id int PRIMARY KEY, mood mood);
CREATE TRIGGER people_mood AFTER UPDATE OF mood ON people FOR EACH ROW
    WHEN (OLD.mood IS DISTINCT FROM NEW.mood) EXECUTE FUNCTION audit();
INSERT INTO people VALUES (1, 'ok');
