CREATE TABLE notes (body text);
CREATE VIEW note_view AS SELECT body FROM notes;
CREATE FUNCTION note_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO notes (body) VALUES (NEW.body);
    RETURN NEW;
END;
$$;
CREATE TRIGGER note_view_insert INSTEAD OF INSERT ON note_view FOR EACH ROW EXECUTE FUNCTION note_insert();
