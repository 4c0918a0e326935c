CREATE TABLE notes (body text);
CREATE FUNCTION note_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO notes (body) VALUES (NEW.body);
    RETURN NEW;
END;
$$;
