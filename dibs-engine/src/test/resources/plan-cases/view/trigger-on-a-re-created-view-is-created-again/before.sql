CREATE TABLE notes (body text, stars int);
CREATE VIEW note_view AS SELECT body, stars FROM notes;
CREATE FUNCTION note_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO notes (body) VALUES (NEW.body);
    RETURN NEW;
END;
$$;
CREATE TRIGGER note_view_insert INSTEAD OF INSERT ON note_view FOR EACH ROW EXECUTE FUNCTION note_insert();
COMMENT ON TRIGGER note_view_insert ON note_view IS 'writes through';
