-- What the records cannot say. dibs builds these in its scratch database around the tables, compares
-- them with the database in PostgreSQL's own words, and plans the differences like any other change.

CREATE EXTENSION IF NOT EXISTS citext;

-- second version: each session takes 20 numbers at a time (altered in place; the numbers handed
-- out so far stay handed out)
CREATE SEQUENCE post_numbers START 1000 CACHE 20;

-- second version: renamed in place (the trigger keeps executing it: nothing is dropped), and an
-- update that changes nothing keeps the time
-- dibs:renamed-from touch_updated_at
CREATE FUNCTION touch_changed_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW IS DISTINCT FROM OLD THEN
    NEW.updated_at := now();
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER posts_touch BEFORE UPDATE ON posts
  FOR EACH ROW EXECUTE FUNCTION touch_changed_at();

-- what readers see
CREATE VIEW published_posts AS
  SELECT id, author_id, title, published_at, summary FROM posts WHERE published_at IS NOT NULL;

-- refreshed by a job; rebuilt by a plan only when its query changes
CREATE MATERIALIZED VIEW monthly_posts AS
  SELECT date_trunc('month', published_at) AS month, count(*) AS posts, count(DISTINCT author_id) AS authors
    FROM posts WHERE published_at IS NOT NULL GROUP BY 1
  WITH NO DATA;
CREATE UNIQUE INDEX monthly_posts_month ON monthly_posts (month);

-- row-level security is enabled on the class (Post); who sees which rows is said here
CREATE POLICY own_posts ON posts
  USING (author_id = current_setting('blog.author_id', true)::bigint)
  WITH CHECK (author_id = current_setting('blog.author_id', true)::bigint);
