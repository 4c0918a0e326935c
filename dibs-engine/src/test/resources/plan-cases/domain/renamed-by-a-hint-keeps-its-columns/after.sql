-- the domain's old name: renamed in place, so the columns of that type keep it (no ALTER COLUMN … TYPE)
-- and every expression, view, trigger condition and policy naming it reads the new name
-- dibs:renamed-from score
CREATE DOMAIN rating AS integer DEFAULT 5 CONSTRAINT score_positive CHECK (VALUE > 0);
COMMENT ON DOMAIN rating IS 'points of one game';
CREATE DOMAIN high_score AS rating CONSTRAINT high_enough CHECK (VALUE > 10);
CREATE TABLE games (
    id int PRIMARY KEY,
    points rating,
    rounds rating[],
    cap integer DEFAULT 7::rating,
    CONSTRAINT cap_counts CHECK (cap::rating < 100)
);
CREATE INDEX games_capped ON games (((cap)::rating)) WHERE points::rating > 1::rating;
CREATE TABLE records (id int PRIMARY KEY, top high_score);
CREATE VIEW capped_games AS SELECT id, points, cap::rating AS capped FROM games;
CREATE FUNCTION games_touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER games_touch BEFORE UPDATE ON games FOR EACH ROW WHEN (NEW.cap::rating > 3) EXECUTE FUNCTION games_touch();
ALTER TABLE games ENABLE ROW LEVEL SECURITY;
CREATE POLICY scored ON games USING (points > 0::rating);
