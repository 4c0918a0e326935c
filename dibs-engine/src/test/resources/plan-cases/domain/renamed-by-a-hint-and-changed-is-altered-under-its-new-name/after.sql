-- renamed in place first; its default, NOT NULL, check and comment are then altered on the new name
-- dibs:renamed-from score
CREATE DOMAIN rating AS integer DEFAULT 1 NOT NULL CONSTRAINT score_positive CHECK (VALUE > 0)
    CONSTRAINT rating_small CHECK (VALUE < 1000);
COMMENT ON DOMAIN rating IS 'points of one game';
CREATE TABLE games (id int PRIMARY KEY, points rating);
