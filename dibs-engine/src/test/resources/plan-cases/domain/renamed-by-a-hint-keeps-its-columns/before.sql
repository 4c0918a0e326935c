CREATE DOMAIN score AS integer DEFAULT 5 CONSTRAINT score_positive CHECK (VALUE > 0);
COMMENT ON DOMAIN score IS 'points of one game';
CREATE DOMAIN high_score AS score CONSTRAINT high_enough CHECK (VALUE > 10);
CREATE TABLE games (
    id int PRIMARY KEY,
    points score,
    rounds score[],
    cap integer DEFAULT 7::score,
    CONSTRAINT cap_counts CHECK (cap::score < 100)
);
CREATE INDEX games_capped ON games (((cap)::score)) WHERE points::score > 1::score;
CREATE TABLE records (id int PRIMARY KEY, top high_score);
CREATE VIEW capped_games AS SELECT id, points, cap::score AS capped FROM games;
CREATE FUNCTION games_touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER games_touch BEFORE UPDATE ON games FOR EACH ROW WHEN (NEW.cap::score > 3) EXECUTE FUNCTION games_touch();
ALTER TABLE games ENABLE ROW LEVEL SECURITY;
CREATE POLICY scored ON games USING (points > 0::score);
INSERT INTO games VALUES (1, 20, ARRAY[1, 2]::score[], 9);
INSERT INTO records VALUES (1, 42);
