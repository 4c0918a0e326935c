-- Declared here because a Java type cannot say it; dibs builds this after nothing and before the
-- tables (the sequence, the function), then after the tables (the trigger).
CREATE SEQUENCE article_numbers START 1000;

CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now(); -- a semicolon inside the body does not end the statement
  RETURN NEW;
END
$$;

CREATE TRIGGER articles_touch BEFORE UPDATE ON articles
  FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

COMMENT ON FUNCTION touch_updated_at() IS 'keeps updated_at current';
