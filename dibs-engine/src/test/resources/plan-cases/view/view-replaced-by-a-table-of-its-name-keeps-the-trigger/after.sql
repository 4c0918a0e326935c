CREATE TABLE raw_notes (body text);
CREATE TABLE notes (body text);
CREATE FUNCTION count_notes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RETURN NULL;
END;
$$;
CREATE TRIGGER notes_counted AFTER INSERT ON notes FOR EACH STATEMENT EXECUTE FUNCTION count_notes();
