ALTER DOMAIN public.score RENAME TO rating;
ALTER DOMAIN public.rating SET DEFAULT 1;
-- hazards: VALIDATES_EXISTING_ROWS
ALTER DOMAIN public.rating SET NOT NULL;
ALTER DOMAIN public.rating ADD CONSTRAINT rating_small CHECK ((VALUE < 1000)) NOT VALID;
-- hazards: VALIDATES_EXISTING_ROWS
ALTER DOMAIN public.rating VALIDATE CONSTRAINT rating_small;
COMMENT ON DOMAIN public.rating IS 'points of one game';
