-- Declared here because a Java type cannot say it; dibs builds this after nothing and before the
-- tables (the sequence, the function), then after the tables (the trigger).
CREATE SEQUENCE article_numbers START 1000;

-- a domain with a named check, the type of a column of the record
CREATE DOMAIN rating AS integer CONSTRAINT rating_range CHECK (VALUE BETWEEN 1 AND 5);

CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now(); -- a semicolon inside the body does not end the statement
  RETURN NEW;
END
$$;

CREATE TRIGGER articles_touch BEFORE UPDATE ON articles
  FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

COMMENT ON FUNCTION touch_updated_at() IS 'keeps updated_at current';

-- a procedure whose SQL-standard body reads the table: created after it
CREATE PROCEDURE retitle_article(article_id bigint, new_title text) LANGUAGE sql
BEGIN ATOMIC
  UPDATE articles SET title = new_title WHERE id = article_id;
END;
